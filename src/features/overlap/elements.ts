/**
 * The overlap map's elements, computed from the page model: one node per cluster, its area
 * proportional to its members, and one edge per pair of clusters sharing members, its width
 * proportional to the square root of the shared count. Pure: no cytoscape instance involved.
 */
import type { ElementDefinition } from 'cytoscape';
import type { PageClusterId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';

/** Diameter of the largest cluster, in model units (the view is fitted, so only ratios matter). */
export const MAX_NODE_DIAMETER = 110;
export const MAX_EDGE_WIDTH = 16;
const MIN_EDGE_WIDTH = 1;

/** A node is its cluster's page id: no name in the element ids. */
export const nodeId = (cluster: PageClusterId): string => cluster;
/** An edge is its pair, in canonical (sorted) order, as the selection stores it. */
export const edgeId = (a: PageClusterId, b: PageClusterId): string =>
  a <= b ? `${a}|${b}` : `${b}|${a}`;

export interface ClusterNodeData {
  readonly id: string;
  readonly cluster: PageClusterId;
  /** The name shown (from displayName), without the inferred mark: text, never identity. */
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
  readonly a: PageClusterId;
  readonly b: PageClusterId;
  readonly shared: number;
  /** Shared members over the smaller cluster's members: how much of it the overlap is. */
  readonly overlap: number;
  readonly width: number;
  readonly label: string;
}

export interface ElementOptions {
  /** The cluster's name, from displayName. */
  readonly nameOf: (cluster: PageClusterId) => string;
  readonly isInferred: (clusterName: string) => boolean;
  /** Appended on a second line of an inferred cluster's label, e.g. "antatt". */
  readonly inferredLabel: string;
  readonly formatCount: (n: number) => string;
}

export function overlapElements(model: PageModel, options: ElementOptions): ElementDefinition[] {
  const clusters = [...model.clusters.values()];
  const maxMembers = Math.max(1, ...clusters.map((c) => c.members));
  const { maxShared } = model;
  // Sorted by name, so the layout (which depends on insertion order) depends on the data alone.
  const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const names = new Map(clusters.map((c) => [c.id, options.nameOf(c.id)]));
  const nameOf = (id: PageClusterId) => names.get(id) ?? '';
  clusters.sort((x, y) => byName(nameOf(x.id), nameOf(y.id)));
  const overlaps = [...model.overlaps].sort(
    (x, y) => byName(nameOf(x.a), nameOf(y.a)) || byName(nameOf(x.b), nameOf(y.b)),
  );
  const nodes: ElementDefinition[] = clusters.map((cluster) => {
    const name = nameOf(cluster.id);
    const inferred = options.isInferred(name);
    const data: ClusterNodeData = {
      id: nodeId(cluster.id),
      cluster: cluster.id,
      name,
      label: inferred ? `${name}\n(${options.inferredLabel})` : name,
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
