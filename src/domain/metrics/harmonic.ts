/**
 * Harmonic closeness: the sum of 1 / distance to every other reachable node, divided by n - 1,
 * unweighted. As NetworkX harmonic_centrality(G) / (n - 1); unreachable nodes add 0, so it needs
 * no Wasserman-Faust correction for disconnected graphs, and an isolated node (or a one-node
 * graph) scores 0. Between 0 and 1: 1 for the centre of a star.
 *
 * The sums come per core node (distance-sums.ts), which also sums them as seen from one of the
 * node's leaves: a leaf of s sees every other node one step further than s does, and s at 1.
 */
import { collect, foldedAdjacencyOf } from './adjacency';
import { distanceSums, type DistanceSumsOptions } from './distance-sums';
import { distanceSumsOf, foldedOf } from './graph-memo';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function harmonicValues(graph: MetricGraph, options?: DistanceSumsOptions): NodeValues {
  const n = graph.order;
  // Options (tests forcing a path) get their own sums; the default ones are shared (graph-memo.ts).
  const folded = options ? foldedAdjacencyOf(graph) : foldedOf(graph);
  const { inverse, leafInverse } = options ? distanceSums(folded, options) : distanceSumsOf(graph);
  const scale = n > 1 ? 1 / (n - 1) : 0;
  const harmonic = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = folded.parent[i]!;
    if (p >= 0) harmonic[i] = leafInverse[p]! * scale;
    else if (folded.twin[i]! >= 0) harmonic[i] = inverse[i]! * scale;
  }
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
