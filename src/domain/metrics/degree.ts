/**
 * Degree: the number of neighbours of a node, as a raw count. On the bipartite graph that is the
 * number of clusters an organisation belongs to (or members a cluster has); on the overlap graph
 * the number of clusters a cluster shares members with. Deliberately NOT NetworkX's
 * degree_centrality, which divides by n - 1: a count reads directly ("in 3 clusters") and does
 * not change when unrelated nodes are added. NetworkX equivalent: dict(G.degree()).
 */
import type { MetricDescriptor, NodeValues } from './types';

export const degree: MetricDescriptor<Record<string, never>> = {
  id: 'degree',
  graph: 'both',
  kind: 'number',
  label: 'Degree',
  description: 'Number of neighbours: clusters of an organisation, or clusters sharing members.',
  params: {},
  compute(graph): NodeValues {
    const values: NodeValues = {};
    graph.forEachNode((node) => {
      values[node] = graph.degree(node);
    });
    return values;
  },
};
