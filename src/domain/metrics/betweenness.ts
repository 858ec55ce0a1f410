/**
 * Betweenness: the share of shortest paths between other pairs of nodes that pass through a
 * node, unweighted. Normalised exactly as NetworkX betweenness_centrality(G) (normalized=True):
 * for an undirected graph on n nodes, the pair-count is divided by (n-1)(n-2)/2 (NetworkX sums
 * both directions and divides by (n-1)(n-2), the same thing); nothing is scaled when n <= 2.
 *
 * Brandes' algorithm, written here rather than taken from graphology-metrics: that one gives the
 * same numbers but allocates a predecessor list per node per source (O(n^2) arrays) and counts
 * paths in 32-bit integers. Here predecessors are recognised by level, path counts are floats,
 * and leaves are folded away (adjacency.ts), exactly:
 * - searches run only from core (non-leaf) nodes and only over core nodes;
 * - a leaf of w is a target reached only through w, so w's dependency starts at its leaf count
 *   (each such path has w inside it) instead of 0;
 * - a leaf l of source s depends on every v other than s exactly as s does (every path from l
 *   runs through s), so each search from s counts 1 + (leaves of s) times;
 * - s itself lies inside every path from one of its leaves to the R - 2 other nodes of its
 *   component (R counting leaves), so it gains (leaves of s) * (R - 2);
 * - twins (nodes with the same neighbours, adjacency.ts) depend on every other node alike, and
 *   never on each other, so one search counts for the whole class.
 *
 * The sum over sources is split (betweennessPartial over slices of searchSources, added by
 * finishBetweenness, in betweenness-sums.ts), so threads may each take a share (parallel.ts).
 */
import { collect } from './adjacency';
import { betweennessPartial, finishBetweenness, searchSources } from './betweenness-sums';
import { foldedOf } from './graph-memo';
import { runSlices, type ParallelOptions } from './parallel';
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export {
  betweennessPartial,
  finishBetweenness,
  searchSources,
  type FoldedArrays,
} from './betweenness-sums';

export function betweennessValues(graph: MetricGraph): NodeValues {
  const folded = foldedOf(graph);
  const partial = betweennessPartial(folded, searchSources(folded));
  return collect(folded.nodes, finishBetweenness([partial], folded.nodes.length));
}

/** The same values, the searches shared with the runner's threads. */
export async function betweennessInParallel(
  graph: MetricGraph,
  options: ParallelOptions,
): Promise<NodeValues> {
  const folded = foldedOf(graph);
  const { starts, neighbours, isLeaf, leafCount, twin, twinCount } = folded;
  const arrays = { starts, neighbours, isLeaf, leafCount, twin, twinCount };
  const partials = await runSlices(arrays, searchSources(folded), options);
  return collect(folded.nodes, finishBetweenness(partials, folded.nodes.length));
}

export const betweenness: MetricDescriptor<Record<string, never>> = {
  id: 'betweenness',
  graph: 'both',
  kind: 'number',
  label: 'Betweenness',
  description: 'Share of shortest paths between others that pass through the node (0-1).',
  params: {},
  compute: (graph) => betweennessValues(graph),
  computeInParallel: (graph, options) => betweennessInParallel(graph, options),
};
