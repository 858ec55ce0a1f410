/**
 * All registered metrics for a set of nodes of one graph, as the MetricValues rows the analysis
 * document holds. Each metric sees the whole graph; `nodes` only picks the rows reported (the
 * organisation nodes of the bipartite graph, say).
 */
import type { MetricValues } from '../analysis/types';
import { METRICS } from './registry';
import type { MetricGraph, MetricId, NodeValues, ParamValues, ParamSpecs } from './types';

export type MetricParamsById = Partial<Record<MetricId, Partial<ParamValues<ParamSpecs>>>>;

export function computeAllMetrics(
  graph: MetricGraph,
  nodes: readonly string[],
  paramsById: MetricParamsById = {},
): Map<string, MetricValues> {
  const columns = new Map<MetricId, NodeValues>();
  for (const metric of METRICS)
    columns.set(metric.id, metric.compute(graph, paramsById[metric.id]));

  const rows = new Map<string, MetricValues>();
  for (const node of nodes) {
    const value = (id: MetricId): number => {
      const v = columns.get(id)![node];
      if (v === undefined) throw new Error(`Metric ${id} gave no value for node "${node}".`);
      return v;
    };
    rows.set(node, {
      degree: value('degree'),
      weightedDegree: value('weightedDegree'),
      betweenness: value('betweenness'),
      closeness: value('closeness'),
      eigenvector: value('eigenvector'),
      pagerank: value('pagerank'),
    });
  }
  return rows;
}
