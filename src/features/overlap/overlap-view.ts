/**
 * The overlap map as a graph view for the graph kit (src/ui/graph/): one node per cluster, its
 * area proportional to its members, one edge per pair of clusters sharing members, its width
 * proportional to the square root of the shared count; edges under the chosen minimum are hidden
 * (not removed, so the layout and positions stay). Selection items are the store's: a cluster or
 * an overlap. Pure: no cytoscape instance involved.
 */
import type { Core } from 'cytoscape';
import type { Analysis } from '../../domain/analysis/types';
import type { Selection } from '../../state/types';
import { maxOf } from '../../ui/graph/scale';
import type { ElementIds, GraphEdge, GraphNode, GraphScale, GraphView } from '../../ui/graph/types';
import { runLayout } from './layout';
import { overlapStylesheet } from './stylesheet';

export type OverlapItem = NonNullable<Selection>;

/** Diameter of the largest cluster, in model units (the view is fitted, so only ratios matter). */
export const MAX_NODE_DIAMETER = 110;
export const MAX_EDGE_WIDTH = 16;
const MIN_EDGE_WIDTH = 1;

export const nodeId = (cluster: string) => `cluster:${cluster}`;
export const edgeId = (a: string, b: string) => `overlap:${a}\u0000${b}`;

export interface ClusterNodeData {
  readonly name: string;
  readonly members: number;
  readonly inferred: boolean;
}

export interface OverlapEdgeData {
  readonly a: string;
  readonly b: string;
  readonly shared: number;
  /** Shared members over the smaller cluster's members: how much of it the overlap is. */
  readonly overlap: number;
  /** The count drawn on a selected edge. */
  readonly label: string;
}

export interface OverlapViewOptions {
  readonly isInferred: (cluster: string) => boolean;
  /** Appended on a second line of an inferred cluster's label, e.g. "antatt". */
  readonly inferredLabel: string;
  readonly formatCount: (n: number) => string;
  readonly minShared: number;
}

const SCALE: GraphScale = {
  // Area ~ members, so the diameter goes with the square root.
  nodeDiameter: (size, max) => MAX_NODE_DIAMETER * Math.sqrt(size / max),
  edgeWidth: (width, max) => Math.max(MIN_EDGE_WIDTH, MAX_EDGE_WIDTH * Math.sqrt(width / max)),
};

const NONE: ElementIds = { nodes: new Set(), edges: new Set() };

const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The multi-start cose of layout.ts, weighted by the largest shared count on the canvas. */
const layoutOverlap = (cy: Core) => {
  let maxShared = 1;
  cy.edges().forEach((e) => {
    maxShared = Math.max(maxShared, Number(e.data('shared')));
  });
  runLayout(cy, maxShared);
};

export function overlapView(
  analysis: Analysis,
  options: OverlapViewOptions,
): GraphView<ClusterNodeData, OverlapEdgeData, Selection, OverlapItem> {
  // Sorted by name, so the layout (which depends on insertion order) depends on the data alone.
  const clusters = [...analysis.clusters].sort((x, y) => byName(x.name, y.name));
  const overlaps = [...analysis.overlaps].sort((x, y) => byName(x.a, y.a) || byName(x.b, y.b));
  const nodes: GraphNode<ClusterNodeData>[] = clusters.map((cluster) => {
    const inferred = options.isInferred(cluster.name);
    return {
      id: nodeId(cluster.name),
      label: inferred ? `${cluster.name}\n(${options.inferredLabel})` : cluster.name,
      size: cluster.members,
      kind: 'cluster',
      data: { name: cluster.name, members: cluster.members, inferred },
    };
  });
  const edges: GraphEdge<OverlapEdgeData>[] = overlaps
    .filter((o) => o.shared > 0)
    .map((o) => ({
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
    selectionToElements: (selection) =>
      selection === null
        ? NONE
        : selection.kind === 'cluster'
          ? { nodes: new Set([nodeId(selection.name)]), edges: new Set() }
          : { nodes: new Set(), edges: new Set([edgeId(selection.a, selection.b)]) },
    elementToItem: (target) =>
      target.group === 'nodes'
        ? { kind: 'cluster', name: target.node.data.name }
        : { kind: 'overlap', a: target.edge.data.a, b: target.edge.data.b },
  };
}

/** The largest shared count: a loop, never a data-sized spread into Math.max. */
export function maxShared(analysis: Analysis | undefined): number {
  return maxOf(analysis?.overlaps ?? [], (o) => o.shared);
}
