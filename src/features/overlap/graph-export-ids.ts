/**
 * The graph files the map offers (GEXF, GraphML, Cytoscape JSON of the overlap and the membership
 * graphs): the map view lists them among its exports and the map's own buttons show them. Ids
 * only, so the view registry stays free of the producers' code.
 */
import type { ExportId } from '../shared/export-registry';

export const GRAPH_EXPORT_IDS = [
  'overlap-gexf',
  'overlap-graphml',
  'overlap-cyjs',
  'membership-gexf',
  'membership-graphml',
  'membership-cyjs',
] as const satisfies readonly ExportId[];
