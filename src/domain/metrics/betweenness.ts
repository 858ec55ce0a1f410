/**
 * Betweenness: the share of shortest paths between other pairs of nodes that pass through a
 * node, unweighted. Normalised exactly as NetworkX betweenness_centrality(G) (normalized=True):
 * for an undirected graph on n nodes, the pair-count is divided by (n-1)(n-2)/2 (NetworkX sums
 * both directions and divides by (n-1)(n-2), the same thing); nothing is scaled when n <= 2.
 *
 * Brandes' algorithm, written here rather than taken from graphology-metrics: that one gives the
 * same numbers but allocates a predecessor list per node per source (O(n^2) arrays) and counts
 * paths in 32-bit integers. Here predecessors are recognised by distance, path counts are
 * floats, and leaves are folded away (adjacency.ts), exactly:
 * - searches run only from core (non-leaf) nodes and only over core nodes;
 * - a leaf of w is a target reached only through w, so w's dependency starts at its leaf count
 *   (each such path has w inside it) instead of 0;
 * - a leaf l of source s depends on every v other than s exactly as s does (every path from l
 *   runs through s), so each search from s counts 1 + (leaves of s) times;
 * - s itself lies inside every path from one of its leaves to the R - 2 other nodes of its
 *   component (R counting leaves), so it gains (leaves of s) * (R - 2);
 * - twins (nodes with the same neighbours, adjacency.ts) depend on every other node alike, and
 *   never on each other, so one search counts for the whole class.
 */
import { collect, foldedAdjacencyOf } from './adjacency';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function betweennessValues(graph: MetricGraph): NodeValues {
  const { nodes, starts, neighbours, isLeaf, leafCount, twin, twinCount } =
    foldedAdjacencyOf(graph);
  const n = nodes.length;
  const centrality = new Float64Array(n);
  const order = new Int32Array(n); // BFS queue, read backwards as the stack S
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);

  for (let s = 0; s < n; s++) {
    // Leaves, and twins after the first of their class, are accounted for by weight.
    if (isLeaf[s] || (twin[s] !== -1 && twin[s] !== s)) continue;
    let head = 0;
    let tail = 0;
    let reached = 1 + leafCount[s]!;
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
          delta[w] = leafCount[w]!;
          reached += 1 + leafCount[w]!;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    const sources = (twin[s] === s ? twinCount[s]! : 1) * (1 + leafCount[s]!);
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const previous = dist[w]! - 1;
      for (let j = starts[w]!, end = starts[w + 1]!; j < end; j++) {
        const v = neighbours[j]!;
        if (dist[v] === previous && v !== s) delta[v]! += sigma[v]! * coefficient;
      }
      centrality[w]! += sources * delta[w]!;
    }
    centrality[s]! += leafCount[s]! * (reached - 2);
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
  graph: 'both',
  kind: 'number',
  label: 'Betweenness',
  description: 'Share of shortest paths between others that pass through the node (0-1).',
  params: {},
  compute: (graph) => betweennessValues(graph),
};
