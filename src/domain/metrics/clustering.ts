/**
 * Clustering coefficient of a cluster in the overlap graph: the share of pairs of its overlap
 * partners that overlap each other too, unweighted. As NetworkX clustering(G): triangles through
 * the node / (k (k - 1) / 2), 0 for nodes with fewer than two neighbours. Reported for clusters
 * only: on the bipartite graph it is 0 everywhere (no triangles).
 */
import type { MetricDescriptor, MetricGraph, NodeValues } from './types';

export function clusteringValues(graph: MetricGraph): NodeValues {
  const neighbours = new Map<string, Set<string>>();
  graph.forEachNode((node) => {
    const set = new Set<string>();
    graph.forEachNeighbor(node, (other) => {
      if (other !== node) set.add(other);
    });
    neighbours.set(node, set);
  });
  const values: NodeValues = {};
  for (const [node, set] of neighbours) {
    const k = set.size;
    if (k < 2) {
      values[node] = 0;
      continue;
    }
    let links = 0;
    for (const u of set) for (const w of neighbours.get(u)!) if (set.has(w)) links++;
    // Each triangle edge (u, w) was counted from both ends.
    values[node] = links / (k * (k - 1));
  }
  return values;
}

export const clustering: MetricDescriptor<Record<string, never>> = {
  id: 'clustering',
  graph: 'clusters',
  kind: 'number',
  label: 'Clustering coefficient',
  description: 'Share of pairs of overlap partners that overlap each other (0-1).',
  params: {},
  compute: (graph) => clusteringValues(graph),
};
