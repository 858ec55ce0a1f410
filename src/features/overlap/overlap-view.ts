/**
 * The overlap map as a graph view for the graph kit (src/ui/graph/): one node per cluster (its
 * page id), its area proportional to its members, one edge per pair of clusters sharing members
 * (the sorted pair), its width proportional to the square root of the shared count; edges under
 * the chosen minimum are hidden (not removed, so the layout and positions stay). Selection is the
 * shared one: a selected cluster lights its node, a pair its edge, an organisation its clusters.
 * Pure: no cytoscape instance involved.
 */
import type { Core } from 'cytoscape';
import type { PageClusterId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import type { Selection, SelectionItem } from '../../domain/page/selection-types';
import { maxOf } from '../../ui/graph/scale';
import type { ElementIds, GraphEdge, GraphNode, GraphScale, GraphView } from '../../ui/graph/types';
import { runLayout } from './layout';
import { overlapStylesheet } from './stylesheet';

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
  readonly cluster: PageClusterId;
  /** The name shown (from displayName), without the inferred mark: text, never identity. */
  readonly name: string;
  readonly members: number;
  readonly inferred: boolean;
}

export interface OverlapEdgeData {
  readonly a: PageClusterId;
  readonly b: PageClusterId;
  readonly shared: number;
  /** Shared members over the smaller cluster's members: how much of it the overlap is. */
  readonly overlap: number;
  /** The count drawn on a selected edge. */
  readonly label: string;
}

export interface OverlapViewOptions {
  /** The cluster's name, from displayName. */
  readonly nameOf: (cluster: PageClusterId) => string;
  readonly isInferred: (clusterName: string) => boolean;
  /** Appended on a second line of an inferred cluster's label, e.g. "antatt". */
  readonly inferredLabel: string;
  readonly formatCount: (n: number) => string;
  readonly minShared: number;
  /** At most this many edges are drawn (the strongest); the rest are left out, not hidden. */
  readonly maxEdges?: number;
}

/** The most edges drawn by default: beyond a few thousand, a map is a hairball and a freeze. */
export const DEFAULT_MAX_EDGES = 2000;

const SCALE: GraphScale = {
  // Area ~ members, so the diameter goes with the square root.
  nodeDiameter: (size, max) => MAX_NODE_DIAMETER * Math.sqrt(size / max),
  edgeWidth: (width, max) => Math.max(MIN_EDGE_WIDTH, MAX_EDGE_WIDTH * Math.sqrt(width / max)),
};

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The multi-start cose of layout.ts, weighted by the largest shared count on the canvas. */
const layoutOverlap = (cy: Core) => {
  let maxShared = 1;
  cy.edges().forEach((e) => {
    maxShared = Math.max(maxShared, Number(e.data('shared')));
  });
  runLayout(cy, maxShared);
};

/** The pairs drawn: those sharing members, the strongest `max` of them (ties by ids). */
export function drawnOverlaps(model: PageModel, max: number = DEFAULT_MAX_EDGES) {
  const sharing = model.overlaps.filter((o) => o.shared > 0);
  if (sharing.length <= max) return { drawn: sharing, hidden: 0 };
  const sorted = [...sharing].sort(
    (x, y) => y.shared - x.shared || byText(x.a, y.a) || byText(x.b, y.b),
  );
  return { drawn: sorted.slice(0, max), hidden: sharing.length - max };
}

function selectionToElements(model: PageModel, selection: Selection): ElementIds {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const id of selection.clusters) nodes.add(nodeId(id));
  for (const [a, b] of selection.clusterPairs) edges.add(edgeId(a, b));
  for (const org of selection.organisations) {
    for (const c of model.clustersOf.get(org) ?? []) nodes.add(nodeId(c));
  }
  for (const clusters of selection.intersections) for (const c of clusters) nodes.add(nodeId(c));
  return { nodes, edges };
}

export function overlapView(
  model: PageModel,
  options: OverlapViewOptions,
): GraphView<ClusterNodeData, OverlapEdgeData, Selection, SelectionItem> {
  const names = new Map([...model.clusters.keys()].map((id) => [id, options.nameOf(id)]));
  const nameOf = (id: PageClusterId) => names.get(id) ?? '';
  // Sorted by name, so the layout (which depends on insertion order) depends on the data alone.
  const clusters = [...model.clusters.values()].sort(
    (x, y) => byText(nameOf(x.id), nameOf(y.id)) || byText(x.id, y.id),
  );
  const { drawn } = drawnOverlaps(model, options.maxEdges);
  const overlaps = [...drawn].sort(
    (x, y) => byText(nameOf(x.a), nameOf(y.a)) || byText(nameOf(x.b), nameOf(y.b)),
  );
  const nodes: GraphNode<ClusterNodeData>[] = clusters.map((cluster) => {
    const name = nameOf(cluster.id);
    const inferred = options.isInferred(name);
    return {
      id: nodeId(cluster.id),
      label: inferred ? `${name}\n(${options.inferredLabel})` : name,
      size: cluster.members,
      kind: 'cluster',
      data: { cluster: cluster.id, name, members: cluster.members, inferred },
    };
  });
  const edges: GraphEdge<OverlapEdgeData>[] = overlaps.map((o) => ({
    id: edgeId(o.a, o.b),
    source: nodeId(o.a),
    target: nodeId(o.b),
    width: o.shared,
    hidden: o.shared < options.minShared,
    data: {
      a: o.a,
      b: o.b,
      shared: o.shared,
      overlap: o.overlapCoefficient,
      label: options.formatCount(o.shared),
    },
  }));
  return {
    nodes,
    edges,
    stylesheet: overlapStylesheet,
    layout: { name: 'custom', run: layoutOverlap },
    scale: SCALE,
    formatNumber: options.formatCount,
    selectionToElements: (selection) => selectionToElements(model, selection),
    elementToItem: (target) =>
      target.group === 'nodes'
        ? { kind: 'cluster', id: target.node.data.cluster }
        : { kind: 'cluster-pair', a: target.edge.data.a, b: target.edge.data.b },
  };
}

/** The largest shared count: a loop, never a data-sized spread into Math.max. */
export function maxShared(model: PageModel | undefined): number {
  return maxOf(model?.overlaps ?? [], (o) => o.shared);
}
