/**
 * Breadth-first searches from every core node of the leaf-folded graph (adjacency.ts), handing
 * each search's distances to a visitor: closeness and harmonic closeness both read them. Leaves
 * are never searched from: distances from a leaf are 1 + distances from its neighbour, so the
 * visitor receives, per core source, the distance of every reached core node, and works out the
 * leaves (those of the source, and those hanging on each reached node) by their counts. Twins
 * after the first of their class are not searched from either: they share its values
 * (copyToTwins).
 */
import { foldedAdjacencyOf, type FoldedAdjacency } from './adjacency';
import type { MetricGraph } from './types';

export interface SearchVisitor {
  /** Before the first search: how many leaves hang on each node. */
  prepare(leafCount: Int32Array): void;
  /** A new search from core node `source`. */
  start(source: number): void;
  /** Core node `node` (not the source) reached at `distance`. */
  reach(node: number, distance: number): void;
  /** The search from `source` is over; `reached` counts its component with leaves. */
  end(source: number, reached: number): void;
}

export function searchFromCore(graph: MetricGraph, visitor: SearchVisitor): FoldedAdjacency {
  const folded = foldedAdjacencyOf(graph);
  const { nodes, starts, neighbours, isLeaf, leafCount, twin } = folded;
  const n = nodes.length;
  const queue = new Int32Array(n);
  const dist = new Int32Array(n).fill(-1);
  visitor.prepare(leafCount);
  for (let s = 0; s < n; s++) {
    if (isLeaf[s] || (twin[s] !== -1 && twin[s] !== s)) continue;
    let head = 0;
    let tail = 0;
    let reached = 1 + leafCount[s]!;
    queue[tail++] = s;
    dist[s] = 0;
    visitor.start(s);
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (dist[w] !== -1) continue;
        dist[w] = next;
        reached += 1 + leafCount[w]!;
        visitor.reach(w, next);
        queue[tail++] = w;
      }
    }
    visitor.end(s, reached);
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return folded;
}

/** Gives every twin the value of the first of its class (the one searched from). */
export function copyToTwins(folded: FoldedAdjacency, values: Float64Array): void {
  for (let i = 0; i < values.length; i++) {
    const first = folded.twin[i]!;
    if (first !== -1 && first !== i) values[i] = values[first]!;
  }
}
