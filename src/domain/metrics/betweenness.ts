/**
 * Betweenness: the share of shortest paths between other pairs of nodes that pass through a
 * node, unweighted. Normalised exactly as NetworkX betweenness_centrality(G) (normalized=True):
 * for an undirected graph on n nodes, the pair-count is divided by (n-1)(n-2)/2 (NetworkX sums
 * both directions and divides by (n-1)(n-2), the same thing); nothing is scaled when n <= 2.
 *
 * Brandes' algorithm, written here rather than taken from graphology-metrics: that one gives the
 * same numbers but allocates a predecessor list per node per source (O(n^2) arrays: seconds for
 * 5 000 organisations) and counts paths in 32-bit integers. Here predecessors are recognised by
 * distance (dist[v] = dist[w] - 1), path counts are floats, and leaves are folded into their
 * neighbour (adjacency.ts): for a leaf s on node c, the dependency of every v other than s and c
 * on source s equals its dependency on source c (no shortest path to s passes through v), and
 * c lies on all paths from s to the R - 2 other nodes of the component. So each search from c
 * counts 1 + (leaves of c) times, and c gains (leaves of c) * (R - 2): exact, and about ten
 * times fewer searches on a membership graph.
 */
import { adjacencyOf, collect, leavesOf } from './adjacency';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function betweennessValues(graph: MetricGraph): NodeValues {
  const adjacency = adjacencyOf(graph);
  const { nodes, starts, neighbours } = adjacency;
  const { isLeaf, leafCount } = leavesOf(adjacency);
  const n = nodes.length;
  const centrality = new Float64Array(n);
  const order = new Int32Array(n); // BFS queue, read backwards as the stack S
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);

  for (let s = 0; s < n; s++) {
    if (isLeaf[s]) continue;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    const sources = 1 + leafCount[s]!;
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const previous = dist[w]! - 1;
      for (let j = starts[w]!, end = starts[w + 1]!; j < end; j++) {
        const v = neighbours[j]!;
        if (dist[v] === previous) delta[v]! += sigma[v]! * coefficient;
      }
      centrality[w]! += sources * delta[w]!;
    }
    centrality[s]! += leafCount[s]! * (tail - 2);
    // Reset only what this search touched.
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) centrality[i]! *= scale;
  }
  return collect(nodes, centrality);
}

export const betweenness: MetricDescriptor<Record<string, never>> = {
  id: 'betweenness',
  label: 'Betweenness',
  description: 'Share of shortest paths between others that pass through the node (0-1).',
  params: {},
  compute: (graph) => betweennessValues(graph),
};
