/**
 * All registered metrics of one graph kind for a set of nodes, as the rows the analysis document
 * holds. Each metric sees the whole graph; `nodes` only picks the rows reported (the organisation
 * nodes of the bipartite graph, say). A metric that cannot be computed (eigenvector not
 * converging on a 55 000-member star, say) gives null in every row and one entry in `errors`, and
 * every other metric is still reported: no single metric fails the whole analysis.
 */
import type { Message } from '../messages/types';
import { METRICS } from './registry';
import {
  type MetricDescriptor,
  MetricFailure,
  type MetricGraph,
  type MetricId,
  type MetricOutcome,
  type ParamSpecs,
  type ParamValues,
} from './types';

export type MetricParamsById = Partial<Record<MetricId, Partial<ParamValues<ParamSpecs>>>>;

/** A metric's value per id for one node; null where the metric could not be computed. */
export type MetricRow = Readonly<Record<MetricId, number | null>>;

export interface MetricError {
  readonly metric: MetricId;
  readonly reason: Message;
}

/** Runs one metric, turning any failure into `{ok: false, reason}`. */
export function runMetric(
  metric: MetricDescriptor,
  graph: MetricGraph,
  params?: Partial<ParamValues<ParamSpecs>>,
): MetricOutcome {
  try {
    return { ok: true, values: metric.compute(graph, params) };
  } catch (error) {
    if (error instanceof MetricFailure) return { ok: false, reason: error.reason };
    return {
      ok: false,
      reason: {
        code: 'metric.failed',
        params: {
          metric: metric.id,
          detail: error instanceof Error ? error.message : String(error),
        },
      },
    };
  }
}

export function computeAllMetrics(
  graph: MetricGraph,
  nodes: readonly string[],
  graphKind: 'clusters' | 'organisations',
  paramsById: MetricParamsById = {},
): { readonly rows: Map<string, MetricRow>; readonly errors: MetricError[] } {
  const metrics = METRICS.filter((m) => m.graph === 'both' || m.graph === graphKind);
  const columns = new Map<MetricId, MetricOutcome>();
  const errors: MetricError[] = [];
  for (const metric of metrics) {
    const outcome = runMetric(metric, graph, paramsById[metric.id]);
    columns.set(metric.id, outcome);
    if (!outcome.ok) errors.push({ metric: metric.id, reason: outcome.reason });
  }

  const rows = new Map<string, MetricRow>();
  for (const node of nodes) {
    const row: Record<MetricId, number | null> = {};
    for (const [id, outcome] of columns) {
      if (!outcome.ok) {
        row[id] = null;
        continue;
      }
      const v = outcome.values[node];
      if (v === undefined) throw new Error(`Metric ${id} gave no value for node "${node}".`);
      row[id] = v;
    }
    rows.set(node, row);
  }
  return { rows, errors };
}
