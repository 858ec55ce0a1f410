/**
 * The overlap graph and the membership graph of the loaded data as GEXF, GraphML and cytoscape
 * JSON, with every attribute and metric the analysis has (domain/export/analysis-graphs.ts). In
 * the anonymised mode the organisations are labelled as the page labels them ("Organisasjon 17":
 * the membership spec lists organisations in dataset order, as the page model numbers them) and
 * carry no organisation number; clusters keep their names, as on the page.
 */
import { membershipGraphSpec, overlapGraphSpec } from '../../domain/export/analysis-graphs';
import { toCytoscapeJson } from '../../domain/export/cytoscape-json';
import { toGexf } from '../../domain/export/gexf';
import type { GraphSpec } from '../../domain/export/graph-spec';
import { toGraphml } from '../../domain/export/graphml';
import type { Language } from '../../ui/i18n/language';
import type { ExportContext, ExportDescriptor } from '../shared/export-types';

const ORGANISATION_WORD: Readonly<Record<Language, string>> = {
  nb: 'Organisasjon',
  en: 'Organisation',
};

/** The spec with organisations under neutral labels and without their numbers. */
export function anonymisedSpec(spec: GraphSpec, language: Language): GraphSpec {
  return {
    ...spec,
    nodes: spec.nodes.map((node) => {
      if (node.attrs['kind'] !== 'organisation') return node;
      const attrs = Object.fromEntries(
        Object.entries(node.attrs).filter(([key]) => key !== 'orgNumber'),
      );
      return { ...node, label: `${ORGANISATION_WORD[language]} ${node.id.slice(1)}`, attrs };
    }),
  };
}

const overlapSpec = ({ data }: ExportContext) => overlapGraphSpec(data.analysis);
const membershipSpec = ({ data, anonymised, language }: ExportContext) => {
  const spec = membershipGraphSpec(data.dataset, data.analysis);
  return anonymised ? anonymisedSpec(spec, language) : spec;
};

const FORMATS = {
  gexf: { write: (s: GraphSpec) => toGexf(s), mime: 'application/gexf+xml', extension: 'gexf' },
  graphml: { write: toGraphml, mime: 'application/graphml+xml', extension: 'graphml' },
  cyjs: { write: toCytoscapeJson, mime: 'application/json', extension: 'cyjs' },
} as const;

function graphExport<const Id extends string>(
  id: Id,
  graph: 'overlap' | 'membership',
  format: keyof typeof FORMATS,
): ExportDescriptor<Id> {
  const { write, mime, extension } = FORMATS[format];
  const spec = graph === 'overlap' ? overlapSpec : membershipSpec;
  return {
    id,
    labelKey: `export.${graph}.${format}`,
    fileNameKey: `export.${graph}.file`,
    extension,
    mime,
    scope: 'graph',
    produce: (context) => new Blob([write(spec(context))], { type: mime }),
  };
}

export const GRAPH_EXPORTS = [
  graphExport('overlap-gexf', 'overlap', 'gexf'),
  graphExport('overlap-graphml', 'overlap', 'graphml'),
  graphExport('overlap-cyjs', 'overlap', 'cyjs'),
  graphExport('membership-gexf', 'membership', 'gexf'),
  graphExport('membership-graphml', 'membership', 'graphml'),
  graphExport('membership-cyjs', 'membership', 'cyjs'),
] as const;
