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
 * PowerIterationFailedConvergence; this throws an Error saying so, rather than returning values
 * that are not yet centralities. The default of 1 000 iterations is ten times NetworkX's: it is
 * cheap (one pass over the edges each) and covers slow cases such as two components of nearly
 * equal size.
 */
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';

import { resolveParams } from './params';
import type { MetricDescriptor, NodeValues, NumberParamSpec, WeightParamSpec } from './types';

const params = {
  weight: {
    kind: 'edge-weight',
    label: 'Edge weight',
    description: 'Edge attribute used as weight; null for unweighted.',
    default: 'shared',
  } satisfies WeightParamSpec,
  maxIterations: {
    kind: 'number',
    label: 'Max. iterations',
    description: 'Power iterations before giving up.',
    default: 1000,
    min: 1,
    max: 100_000,
    integer: true,
  } satisfies NumberParamSpec,
  tolerance: {
    kind: 'number',
    label: 'Tolerance',
    description: 'Stop when the summed change is below n times this.',
    default: 1e-6,
    min: 1e-12,
    max: 1e-2,
  } satisfies NumberParamSpec,
};

export const eigenvector: MetricDescriptor<typeof params> = {
  id: 'eigenvector',
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
        throw new Error(
          `Eigenvector centrality did not converge within ${maxIterations} iterations (tolerance ${tolerance}) on a graph of ${graph.order} nodes; raise maxIterations.`,
          { cause: error },
        );
      }
      throw error;
    }
  },
};
