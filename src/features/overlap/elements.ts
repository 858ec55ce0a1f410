/**
 * The overlap map's elements, computed from the analysis: one node per cluster, its area
 * proportional to its members, and one edge per pair of clusters sharing members, its width
 * proportional to the square root of the shared count. Pure: no cytoscape instance involved.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Analysis } from '../../domain/analysis/types';

/** Diameter of the largest cluster, in model units (the view is fitted, so only ratios matter). */
export const MAX_NODE_DIAMETER = 110;
export const MAX_EDGE_WIDTH = 16;
const MIN_EDGE_WIDTH = 1;

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

export function overlapElements(analysis: Analysis, options: ElementOptions): ElementDefinition[] {
  const maxMembers = Math.max(1, ...analysis.clusters.map((c) => c.members));
  const maxShared = Math.max(1, ...analysis.overlaps.map((o) => o.shared));
  // Sorted by name, so the layout (which depends on insertion order) depends on the data alone.
  const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const clusters = [...analysis.clusters].sort((x, y) => byName(x.name, y.name));
  const overlaps = [...analysis.overlaps].sort((x, y) => byName(x.a, y.a) || byName(x.b, y.b));
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
  const edges: ElementDefinition[] = overlaps
    .filter((o) => o.shared > 0)
    .map((o) => {
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
