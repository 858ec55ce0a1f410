/**
 * Closeness: how near a node is to the nodes it can reach, unweighted. As NetworkX
 * closeness_centrality(G) with wf_improved=True: ((r - 1) / total distance) * ((r - 1) / (n - 1)),
 * where r counts the nodes reachable from the node, itself included; the Wasserman-Faust factor
 * keeps a node in a small component from scoring as high as one in the main component. An
 * isolated node scores 0, as does every node of a one-node graph.
 *
 * The sums come per core node (distance-sums.ts). A leaf on node c is one step further than c
 * from every other node and one step from c, so its total distance is c's total + (r - 2), with
 * the same r.
 */
import { collect, foldedAdjacencyOf } from './adjacency';
import { distanceSums, type DistanceSumsOptions } from './distance-sums';
import { distanceSumsOf, foldedOf } from './graph-memo';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function closenessValues(graph: MetricGraph, options?: DistanceSumsOptions): NodeValues {
  const n = graph.order;
  // Options (tests forcing a path) get their own sums; the default ones are shared (graph-memo.ts).
  const folded = options ? foldedAdjacencyOf(graph) : foldedOf(graph);
  const { reached, total } = options ? distanceSums(folded, options) : distanceSumsOf(graph);
  const score = (others: number, sum: number): number =>
    sum > 0 && n > 1 ? (others / sum) * (others / (n - 1)) : 0;
  const closeness = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = folded.parent[i]!;
    if (p >= 0) closeness[i] = score(reached[p]! - 1, total[p]! + reached[p]! - 2);
    else if (folded.twin[i]! >= 0) closeness[i] = score(reached[i]! - 1, total[i]!);
  }
  return collect(folded.nodes, closeness);
}

export const closeness: MetricDescriptor<Record<string, never>> = {
  id: 'closeness',
  graph: 'both',
  kind: 'number',
  label: 'Closeness',
  description: 'Inverse mean distance to reachable nodes, scaled by the share reachable (0-1).',
  params: {},
  compute: (graph) => closenessValues(graph),
};
