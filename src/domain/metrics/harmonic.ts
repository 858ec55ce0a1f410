/**
 * Harmonic closeness: the sum of 1 / distance to every other reachable node, divided by n - 1,
 * unweighted. As NetworkX harmonic_centrality(G) / (n - 1); unreachable nodes add 0, so it needs
 * no Wasserman-Faust correction for disconnected graphs, and an isolated node (or a one-node
 * graph) scores 0. Between 0 and 1: 1 for the centre of a star.
 *
 * Searches run only from core nodes (distance-sums.ts). From core source s, a reached core node
 * t at distance d adds 1/d and its leaves 1/(d+1); s's own leaves add 1 each. A leaf of s sees
 * t at d + 1 and t's leaves at d + 2, s at 1 and its sibling leaves at 2.
 */
import { collect } from './adjacency';
import { copyToTwins, searchFromCore } from './distance-sums';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function harmonicValues(graph: MetricGraph): NodeValues {
  const n = graph.order;
  const harmonic = new Float64Array(n);
  const fromLeaf = new Float64Array(n);
  let leafCount: Int32Array = new Int32Array(0);
  let own = 0;
  let leaf = 0;
  const folded = searchFromCore(graph, {
    prepare(counts) {
      leafCount = counts;
    },
    start(s) {
      own = leafCount[s]!;
      leaf = leafCount[s]! > 0 ? 1 + (leafCount[s]! - 1) / 2 : 0;
    },
    reach(t, d) {
      own += 1 / d + leafCount[t]! / (d + 1);
      leaf += 1 / (d + 1) + leafCount[t]! / (d + 2);
    },
    end(s) {
      harmonic[s] = own;
      fromLeaf[s] = leaf;
    },
  });
  copyToTwins(folded, harmonic);
  for (let i = 0; i < n; i++) {
    const p = folded.parent[i]!;
    if (p >= 0) harmonic[i] = fromLeaf[p]!;
  }
  const scale = n > 1 ? 1 / (n - 1) : 0;
  for (let i = 0; i < n; i++) harmonic[i]! *= scale;
  return collect(folded.nodes, harmonic);
}

export const harmonic: MetricDescriptor<Record<string, never>> = {
  id: 'harmonic',
  graph: 'both',
  kind: 'number',
  label: 'Harmonic closeness',
  description: 'Mean of 1 / distance to every other node (0-1); unreachable nodes add 0.',
  params: {},
  compute: (graph) => harmonicValues(graph),
};
