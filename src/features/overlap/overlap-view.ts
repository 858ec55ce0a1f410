/**
 * The overlap map as a graph view for the graph kit (src/ui/graph/): one node per cluster (its
 * page id), its area by the chosen size attribute (members by default) and its colour by the
 * chosen colour attribute, one edge per pair of clusters sharing members (the sorted pair), its
 * width by the square root of the chosen measure (shared members, Jaccard, overlap coefficient or
 * lift); edges under the threshold on that measure are hidden (not removed, so the layout and
 * positions stay: the layout key is the node set and the layout choice, never the measure). Selection is the
 * shared one: a selected cluster lights its node, a pair its edge, an organisation its clusters.
 * Pure: no cytoscape instance involved.
 */
import type { Core } from 'cytoscape';
import type { PageClusterId } from '../../domain/page/ids';
import type { OverlapMeasureId } from '../../domain/graph/overlap-measures';
import type { PageModel, PageOverlap } from '../../domain/page/model';
import type { Selection, SelectionItem } from '../../domain/page/selection-types';
import { maxOf } from '../../ui/graph/scale';
import type { ElementIds, GraphEdge, GraphNode, GraphScale, GraphView } from '../../ui/graph/types';
import type { LayoutChoice } from '../../ui/graph/types';
import type { Appearance } from './appearance';
import { runLayout } from './layout';
import { overlapPositions, rememberPositions, restorePositions } from './layout-memory';
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
  /** The pair's value on the chosen measure (what the width shows). */
  readonly value: number;
  /** That value as text, drawn on a selected edge. */
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
  /** The measure edges are drawn and filtered by (default: shared members). */
  readonly measure?: OverlapMeasureId;
  /** The threshold on a ratio measure; shared members use minShared. */
  readonly minRatio?: number;
  /** Formats a value of the measure (counts for shared, decimals for ratios). */
  readonly formatValue?: (value: number) => string;
  readonly appearance?: Appearance;
  /** 'force' (the multi-start cose below), 'circle', or 'concentric' by `ringsOf`. */
  readonly layout?: 'force' | 'circle' | 'concentric';
  readonly ringsOf?: (cluster: PageClusterId) => number;
  /** Part of the layout key: a new ring attribute lays out again. */
  readonly ringsBy?: string;
  /** At most this many edges are drawn (the strongest); the rest are left out, not hidden. */
  readonly maxEdges?: number;
}

/**
 * The most edges drawn by default: beyond a thousand, a map is a hairball, and each frame of it
 * costs the page (2 000 edges: ~200 ms per redraw at 10x in Chromium here, 1 000: about half).
 */
export const DEFAULT_MAX_EDGES = 1000;

const SCALE: GraphScale = {
  // Area ~ members, so the diameter goes with the square root.
  nodeDiameter: (size, max) => MAX_NODE_DIAMETER * Math.sqrt(Math.max(0, size) / max),
  edgeWidth: (width, max) => Math.max(MIN_EDGE_WIDTH, MAX_EDGE_WIDTH * Math.sqrt(width / max)),
};

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The multi-start cose of layout.ts, weighted by the largest shared count on the canvas; after a
 * rebuild the remembered positions instead, new clusters placed beside them (layout-memory.ts).
 */
const layoutOverlap = (cy: Core, how: { readonly reset: boolean }) => {
  if (how.reset || !restorePositions(cy, overlapPositions)) {
    let maxShared = 1;
    cy.edges().forEach((e) => {
      maxShared = Math.max(maxShared, Number(e.data('shared')));
    });
    runLayout(cy, maxShared);
  }
  rememberPositions(cy, overlapPositions);
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
  const look = options.appearance;
  const nodes: GraphNode<ClusterNodeData>[] = clusters.map((cluster) => {
    const name = nameOf(cluster.id);
    const inferred = options.isInferred(name);
    return {
      id: nodeId(cluster.id),
      label: inferred ? `${name}\n(${options.inferredLabel})` : name,
      size: look ? look.sizeOf(cluster.id) : cluster.members,
      // Always a colour: the elements controller merges data, so a colour once set must be reset.
      colour: look?.colourOf(cluster.id, inferred),
      kind: 'cluster',
      data: { cluster: cluster.id, name, members: cluster.members, inferred },
    };
  });
  const measure = options.measure ?? 'shared';
  const valueOf = (o: PageOverlap) => o[measure];
  const format = options.formatValue ?? options.formatCount;
  // Widths relative to the widest pair on this measure: ratios live in [0, 1] or around 1.
  const maxValue = maxOf(overlaps, valueOf, 0) || 1;
  const shown = (o: PageOverlap) =>
    measure === 'shared' ? o.shared >= options.minShared : valueOf(o) >= (options.minRatio ?? 0);
  const edges: GraphEdge<OverlapEdgeData>[] = overlaps.map((o) => ({
    id: edgeId(o.a, o.b),
    source: nodeId(o.a),
    target: nodeId(o.b),
    width: (1000 * valueOf(o)) / maxValue,
    hidden: !shown(o),
    data: {
      a: o.a,
      b: o.b,
      shared: o.shared,
      overlap: o.overlapCoefficient,
      value: valueOf(o),
      label: format(valueOf(o)),
    },
  }));
  const ringsOf = options.ringsOf ?? ((id: PageClusterId) => model.clusters.get(id)?.members ?? 0);
  const layout: LayoutChoice =
    options.layout === 'circle'
      ? { name: 'circle' }
      : options.layout === 'concentric'
        ? {
            name: 'concentric',
            by: (node) => ringsOf((node.data as ClusterNodeData).cluster),
          }
        : { name: 'custom', run: layoutOverlap };
  const layoutKey = [
    options.layout ?? 'force',
    options.layout === 'concentric' ? (options.ringsBy ?? 'members') : '',
    ...nodes.map((n) => n.id),
  ].join('\u0000');
  return {
    nodes,
    edges,
    stylesheet: overlapStylesheet,
    layout,
    layoutKey,
    tooltip: (target, labelOf) =>
      target.group === 'nodes'
        ? [target.node.label, options.formatCount(target.node.data.members)]
        : [
            `${labelOf(target.edge.source)} – ${labelOf(target.edge.target)}`,
            target.edge.data.label,
          ],
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
