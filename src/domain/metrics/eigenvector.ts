/**
 * Eigenvector centrality: a node matters when its neighbours matter. As NetworkX
 * eigenvector_centrality(G, weight=..., max_iter=..., tol=...): start from 1/n everywhere,
 * iterate x <- x + A x (the "+ x" makes the iteration converge on bipartite graphs, where plain
 * A x oscillates), scale to unit Euclidean norm, stop when the summed absolute change is below
 * n * tol. graphology-metrics runs exactly this iteration (checked against NetworkX in
 * tests/reference, including disconnected graphs and isolated nodes), so it is used as is.
 *
 * Weighted by 'shared' on the overlap graph; the bipartite graph has no weights (pass null).
 * When the iteration does not settle within maxIterations, NetworkX raises
 * PowerIterationFailedConvergence; this throws a MetricFailure saying so (reported as not computed), rather than returning values
 * that are not yet centralities. The default of 1 000 iterations is ten times NetworkX's: it is
 * cheap (one pass over the edges each) and covers slow cases such as two components of nearly
 * equal size.
 */
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';

import { maxIterationsParam, sharedWeightParam, toleranceParam } from './iteration-params';
import { resolveParams } from './params';
import { type MetricDescriptor, MetricFailure, type NodeValues } from './types';

const params = {
  weight: sharedWeightParam,
  maxIterations: maxIterationsParam(1000, 'Power iterations before giving up.'),
  tolerance: toleranceParam,
};

export const eigenvector: MetricDescriptor<typeof params> = {
  id: 'eigenvector',
  graph: 'both',
  kind: 'number',
  label: 'Eigenvector',
  description: 'Centrality from central neighbours (unit Euclidean norm).',
  params,
  compute(graph, given): NodeValues {
    const { weight, maxIterations, tolerance } = resolveParams('eigenvector', params, given);
    if (graph.order === 0) return {};
    try {
      return eigenvectorCentrality(graph, { getEdgeWeight: weight, maxIterations, tolerance });
    } catch (error) {
      if (error instanceof Error && /failed to converge/.test(error.message)) {
        throw new MetricFailure(
          {
            code: 'metric.notConverged',
            params: {
              metric: 'eigenvector',
              iterations: maxIterations,
              tolerance,
              nodes: graph.order,
            },
          },
          `Eigenvector centrality did not converge within ${maxIterations} iterations (tolerance ${tolerance}) on a graph of ${graph.order} nodes; raise maxIterations.`,
          { cause: error },
        );
      }
      throw error;
    }
  },
};
