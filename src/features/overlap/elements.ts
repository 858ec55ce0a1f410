/**
 * The overlap map's elements, computed from the analysis: one node per cluster, its area
 * proportional to its members, and one edge per pair of clusters sharing members, its width
 * proportional to the square root of the shared count. Pure: no cytoscape instance involved.
 * A wide file can make every pair of hundreds of clusters overlap (600 clusters: 179 700 pairs);
 * the map draws only the strongest MAX_DRAWN_EDGES of them, and says how many it leaves out,
 * while the analysis (details, metrics, exports) keeps them all.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Analysis, OverlapSummary } from '../../domain/analysis/types';
import { maxOf } from '../../domain/numbers/extent';

/** Diameter of the largest cluster, in model units (the view is fitted, so only ratios matter). */
export const MAX_NODE_DIAMETER = 110;
export const MAX_EDGE_WIDTH = 16;
const MIN_EDGE_WIDTH = 1;
/**
 * Edges drawn at most. Cytoscape lays out and draws a few thousand edges in well under a second;
 * a hundred thousand freeze the tab for minutes and show nothing a person can read anyway.
 */
export const MAX_DRAWN_EDGES = 2000;

export const nodeId = (cluster: string) => `cluster:${cluster}`;
export const edgeId = (a: string, b: string) => `overlap:${a}\u0000${b}`;

export interface ClusterNodeData {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly members: number;
  readonly size: number;
  readonly inferred: boolean;
}

export interface OverlapEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly a: string;
  readonly b: string;
  readonly shared: number;
  /** Shared members over the smaller cluster's members: how much of it the overlap is. */
  readonly overlap: number;
  readonly width: number;
  readonly label: string;
}

export interface ElementOptions {
  readonly isInferred: (cluster: string) => boolean;
  /** Appended on a second line of an inferred cluster's label, e.g. "antatt". */
  readonly inferredLabel: string;
  readonly formatCount: (n: number) => string;
}

const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The overlaps the map draws: those with shared members, the strongest `limit` of them when
 * there are more (ties broken by name, so the choice depends on the data alone), and how many of
 * those with shared members are left out.
 */
export function drawnOverlaps(
  overlaps: readonly OverlapSummary[],
  limit = MAX_DRAWN_EDGES,
): { drawn: OverlapSummary[]; hidden: number } {
  const shared = overlaps.filter((o) => o.shared > 0);
  if (shared.length <= limit) return { drawn: shared, hidden: 0 };
  const strongest = shared
    .sort((x, y) => y.shared - x.shared || byName(x.a, y.a) || byName(x.b, y.b))
    .slice(0, limit);
  return { drawn: strongest, hidden: shared.length - limit };
}

/** How many overlaps drawnOverlaps() draws and hides, counted without sorting. */
export function overlapCounts(
  overlaps: readonly OverlapSummary[],
  limit = MAX_DRAWN_EDGES,
): { drawn: number; hidden: number } {
  let shared = 0;
  for (const o of overlaps) if (o.shared > 0) shared++;
  return { drawn: Math.min(shared, limit), hidden: Math.max(0, shared - limit) };
}

export function overlapElements(
  analysis: Analysis,
  options: ElementOptions,
  limit = MAX_DRAWN_EDGES,
): ElementDefinition[] {
  const maxMembers = maxOf(
    analysis.clusters.map((c) => c.members),
    1,
  );
  const maxShared = maxOf(
    analysis.overlaps.map((o) => o.shared),
    1,
  );
  // Sorted by name, so the layout (which depends on insertion order) depends on the data alone.
  const clusters = [...analysis.clusters].sort((x, y) => byName(x.name, y.name));
  const overlaps = drawnOverlaps(analysis.overlaps, limit).drawn.sort(
    (x, y) => byName(x.a, y.a) || byName(x.b, y.b),
  );
  const nodes: ElementDefinition[] = clusters.map((cluster) => {
    const inferred = options.isInferred(cluster.name);
    const data: ClusterNodeData = {
      id: nodeId(cluster.name),
      name: cluster.name,
      label: inferred ? `${cluster.name}\n(${options.inferredLabel})` : cluster.name,
      members: cluster.members,
      // Area ~ members, so the diameter goes with the square root.
      size: MAX_NODE_DIAMETER * Math.sqrt(cluster.members / maxMembers),
      inferred,
    };
    return { group: 'nodes', data: { ...data } };
  });
  const edges: ElementDefinition[] = overlaps.map((o) => {
    const data: OverlapEdgeData = {
      id: edgeId(o.a, o.b),
      source: nodeId(o.a),
      target: nodeId(o.b),
      a: o.a,
      b: o.b,
      shared: o.shared,
      overlap: o.overlapCoefficient,
      width: Math.max(MIN_EDGE_WIDTH, MAX_EDGE_WIDTH * Math.sqrt(o.shared / maxShared)),
      label: options.formatCount(o.shared),
    };
    return { group: 'edges', data: { ...data } };
  });
  return [...nodes, ...edges];
}
