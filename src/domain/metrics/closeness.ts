/**
 * Closeness: how near a node is to the nodes it can reach, unweighted. As NetworkX
 * closeness_centrality(G) with wf_improved=True: ((r - 1) / total distance) * ((r - 1) / (n - 1)),
 * where r counts the nodes reachable from the node, itself included; the Wasserman-Faust factor
 * keeps a node in a small component from scoring as high as one in the main component. An
 * isolated node scores 0, as does every node of a one-node graph.
 *
 * graphology-metrics (wassermanFaust: true) gives the same numbers but allocates a pair per
 * queued node; this breadth-first search runs on typed arrays and folds leaves (adjacency.ts):
 * a leaf on node c is one step further than c from every other node and one step from c, so its
 * total distance is c's total + (r - 2), with the same r.
 */
import { adjacencyOf, collect, leavesOf } from './adjacency';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function closenessValues(graph: MetricGraph): NodeValues {
  const adjacency = adjacencyOf(graph);
  const { nodes, starts, neighbours } = adjacency;
  const { isLeaf } = leavesOf(adjacency);
  const n = nodes.length;
  const closeness = new Float64Array(n);
  const queue = new Int32Array(n);
  const dist = new Int32Array(n).fill(-1);
  const score = (reached: number, total: number): number =>
    total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;

  for (let s = 0; s < n; s++) {
    if (isLeaf[s]) continue;
    let head = 0;
    let tail = 0;
    let total = 0;
    queue[tail++] = s;
    dist[s] = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (dist[w] !== -1) continue;
        dist[w] = next;
        total += next;
        queue[tail++] = w;
      }
    }
    closeness[s] = score(tail - 1, total);
    for (let j = starts[s]!, end = starts[s + 1]!; j < end; j++) {
      const leaf = neighbours[j]!;
      if (isLeaf[leaf]) closeness[leaf] = score(tail - 1, total + tail - 2);
    }
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return collect(nodes, closeness);
}

export const closeness: MetricDescriptor<Record<string, never>> = {
  id: 'closeness',
  label: 'Closeness',
  description: 'Inverse mean distance to reachable nodes, scaled by the share reachable (0-1).',
  params: {},
  compute: (graph) => closenessValues(graph),
};
