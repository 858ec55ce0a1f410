/**
 * PageRank with damping alpha (0.85), weighted by 'shared' on the overlap graph. As NetworkX
 * pagerank(G, alpha=0.85, weight='shared'): every undirected edge is followed both ways with
 * probability proportional to its weight; a node without edges (an isolated cluster) is
 * dangling and hands its score to all nodes uniformly; the values sum to 1. graphology-metrics
 * runs the same iteration and stopping rule (summed change below n * tol), so it is used as is.
 * At alpha 0.85 the change shrinks by a factor 0.85 each step, so the default 100 iterations
 * suffice for tol 1e-6 on any graph; a larger alpha may need more.
 */
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';

import { maxIterationsParam, sharedWeightParam, toleranceParam } from './iteration-params';
import { resolveParams } from './params';
import {
  type MetricDescriptor,
  MetricFailure,
  type NodeValues,
  type NumberParamSpec,
} from './types';

const params = {
  weight: sharedWeightParam,
  alpha: {
    kind: 'number',
    label: 'Damping (alpha)',
    description: 'Probability of following an edge rather than jumping anywhere.',
    default: 0.85,
    min: 0,
    max: 0.99,
  } satisfies NumberParamSpec,
  maxIterations: maxIterationsParam(100, 'Iterations before giving up.'),
  tolerance: toleranceParam,
};

export const pagerank: MetricDescriptor<typeof params> = {
  id: 'pagerank',
  graph: 'both',
  kind: 'number',
  label: 'PageRank',
  description: 'Share of time a random walk along shared memberships spends at the node.',
  params,
  compute(graph, given): NodeValues {
    const p = resolveParams('pagerank', params, given);
    if (graph.order === 0) return {};
    try {
      return pagerankCentrality(graph, {
        getEdgeWeight: p.weight,
        alpha: p.alpha,
        maxIterations: p.maxIterations,
        tolerance: p.tolerance,
      });
    } catch (error) {
      if (error instanceof Error && /failed to converge/.test(error.message)) {
        throw new MetricFailure(
          {
            code: 'metric.notConverged',
            params: {
              metric: 'pagerank',
              iterations: p.maxIterations,
              tolerance: p.tolerance,
              nodes: graph.order,
            },
          },
          `PageRank did not converge within ${p.maxIterations} iterations (tolerance ${p.tolerance}) on a graph of ${graph.order} nodes; raise maxIterations.`,
          { cause: error },
        );
      }
      throw error;
    }
  },
};
