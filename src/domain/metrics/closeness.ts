/**
 * Closeness: how near a node is to the nodes it can reach, unweighted. As NetworkX
 * closeness_centrality(G) with wf_improved=True: ((r - 1) / total distance) * ((r - 1) / (n - 1)),
 * where r counts the nodes reachable from the node, itself included; the Wasserman-Faust factor
 * keeps a node in a small component from scoring as high as one in the main component. An
 * isolated node scores 0, as does every node of a one-node graph.
 *
 * Searches run only from core nodes (distance-sums.ts); a reached core node t at distance d
 * brings its leaves at d + 1. A leaf on node c is one step further than c from every other node
 * and one step from c, so its total distance is c's total + (r - 2), with the same r.
 */
import { collect } from './adjacency';
import { copyToTwins, searchFromCore } from './distance-sums';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function closenessValues(graph: MetricGraph): NodeValues {
  const n = graph.order;
  const closeness = new Float64Array(n);
  const leafTotal = new Float64Array(n);
  const reachedOf = new Int32Array(n);
  const score = (reached: number, total: number): number =>
    total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
  let total = 0;
  let leafCount: Int32Array = new Int32Array(0);
  const folded = searchFromCore(graph, {
    start(s) {
      total = leafCount[s]!; // the source's own leaves, at distance 1
    },
    reach(t, d) {
      total += d + leafCount[t]! * (d + 1);
    },
    end(s, reached) {
      closeness[s] = score(reached - 1, total);
      leafTotal[s] = total + reached - 2;
      reachedOf[s] = reached;
    },
    prepare(counts) {
      leafCount = counts;
    },
  });
  copyToTwins(folded, closeness);
  for (let i = 0; i < n; i++) {
    const p = folded.parent[i]!;
    if (p >= 0) closeness[i] = score(reachedOf[p]! - 1, leafTotal[p]!);
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
