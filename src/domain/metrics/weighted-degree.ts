/**
 * Weighted degree: the sum of the weights of a node's edges. On the overlap graph (weight
 * 'shared') that is the number of memberships a cluster shares with all others, counted per
 * partner cluster; on the bipartite graph edges have no weight attribute and weigh 1, so it
 * equals the degree. NetworkX equivalent: dict(G.degree(weight='shared')).
 */
import { edgeWeight, resolveParams } from './params';
import type { MetricDescriptor, NodeValues, WeightParamSpec } from './types';

const params = {
  weight: {
    kind: 'edge-weight',
    label: 'Edge weight',
    description: 'Edge attribute summed; edges without it (or null) weigh 1.',
    default: 'shared',
  } satisfies WeightParamSpec,
};

export const weightedDegree: MetricDescriptor<typeof params> = {
  id: 'weightedDegree',
  graph: 'both',
  kind: 'number',
  label: 'Weighted degree',
  description: 'Sum of edge weights: shared members with all other clusters.',
  params,
  compute(graph, given): NodeValues {
    const { weight } = resolveParams('weightedDegree', params, given);
    const values: NodeValues = {};
    graph.forEachNode((node) => {
      let sum = 0;
      graph.forEachEdge(node, (_edge, attributes) => {
        sum += edgeWeight(attributes, weight);
      });
      values[node] = sum;
    });
    return values;
  },
};
