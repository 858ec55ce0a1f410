/**
 * From a view's values to drawn sizes: node area proportional to size (diameter ~ sqrt), edge
 * width ~ sqrt of its value, and a z-index by width so thick edges are drawn (and hit) on top.
 * Maxima are taken with loops: spreading a data-sized array into Math.max overflows the stack.
 */
import type { GraphEdge, GraphNode, GraphScale } from './types';

export const MAX_NODE_DIAMETER = 110;
export const MIN_NODE_DIAMETER = 6;
export const MAX_EDGE_WIDTH = 16;
export const MIN_EDGE_WIDTH = 1;

export const DEFAULT_SCALE: GraphScale = {
  nodeDiameter: (size, max) =>
    Math.max(MIN_NODE_DIAMETER, MAX_NODE_DIAMETER * Math.sqrt(Math.max(0, size) / max)),
  edgeWidth: (width, max) =>
    Math.max(MIN_EDGE_WIDTH, MAX_EDGE_WIDTH * Math.sqrt(Math.max(0, width) / max)),
};

/** The largest value, at least `floor`; never spreads the array into arguments. */
export function maxOf<T>(items: readonly T[], value: (item: T) => number, floor = 1): number {
  let max = floor;
  for (const item of items) {
    const v = value(item);
    if (v > max) max = v;
  }
  return max;
}

export interface DrawnSizes {
  readonly diameter: ReadonlyMap<string, number>;
  readonly width: ReadonlyMap<string, number>;
  /** Edge z-index: the rank of its width, so a wider edge is always above a thinner one. */
  readonly z: ReadonlyMap<string, number>;
}

export function drawnSizes(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  scale: Partial<GraphScale> = {},
): DrawnSizes {
  const nodeDiameter = scale.nodeDiameter ?? DEFAULT_SCALE.nodeDiameter;
  const edgeWidth = scale.edgeWidth ?? DEFAULT_SCALE.edgeWidth;
  const maxSize = maxOf(nodes, (n) => n.size);
  const maxWidth = maxOf(edges, (e) => e.width);
  const diameter = new Map<string, number>();
  for (const n of nodes) diameter.set(n.id, nodeDiameter(n.size, maxSize));
  const width = new Map<string, number>();
  for (const e of edges) width.set(e.id, edgeWidth(e.width, maxWidth));
  const ranked = [...edges].sort((a, b) => a.width - b.width || (a.id < b.id ? -1 : 1));
  const z = new Map<string, number>();
  let rank = 0;
  let previous = Number.NaN;
  for (const e of ranked) {
    if (e.width !== previous) rank++;
    previous = e.width;
    z.set(e.id, rank);
  }
  return { diameter, width, z };
}
