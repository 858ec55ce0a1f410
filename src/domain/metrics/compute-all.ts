/**
 * All registered metrics of one graph kind for a set of nodes, as the rows the analysis document
 * holds. Each metric sees the whole graph; `nodes` only picks the rows reported (the organisation
 * nodes of the bipartite graph, say). A metric that cannot be computed (eigenvector not
 * converging on a 55 000-member star, say) gives null in every row and one entry in `errors`, and
 * every other metric is still reported: no single metric fails the whole analysis.
 * computeAllMetricsInParallel gives the same rows, with the metrics that can share their work
 * with other threads (parallel.ts) doing so.
 */
import type { Message } from '../messages/types';
import type { ParallelOptions } from './parallel';
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
    return failed(metric, error);
  }
}

/** runMetric, on other threads too where the metric can share its work. */
export async function runMetricInParallel(
  metric: MetricDescriptor,
  graph: MetricGraph,
  options: ParallelOptions,
  params?: Partial<ParamValues<ParamSpecs>>,
): Promise<MetricOutcome> {
  if (!metric.computeInParallel) return runMetric(metric, graph, params);
  try {
    return { ok: true, values: await metric.computeInParallel(graph, options, params) };
  } catch (error) {
    return failed(metric, error);
  }
}

function failed(metric: MetricDescriptor, error: unknown): MetricOutcome {
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

type MetricTable = { readonly rows: Map<string, MetricRow>; readonly errors: MetricError[] };

const metricsFor = (graphKind: 'clusters' | 'organisations') =>
  METRICS.filter((m) => m.graph === 'both' || m.graph === graphKind);

export function computeAllMetrics(
  graph: MetricGraph,
  nodes: readonly string[],
  graphKind: 'clusters' | 'organisations',
  paramsById: MetricParamsById = {},
): MetricTable {
  const columns = new Map<MetricId, MetricOutcome>();
  for (const metric of metricsFor(graphKind))
    columns.set(metric.id, runMetric(metric, graph, paramsById[metric.id]));
  return tableOf(columns, nodes);
}

/** computeAllMetrics with the runner's threads; `onMetric` hears as each metric starts. */
export async function computeAllMetricsInParallel(
  graph: MetricGraph,
  nodes: readonly string[],
  graphKind: 'clusters' | 'organisations',
  paramsById: MetricParamsById,
  options: ParallelOptions & { readonly onMetric?: (id: MetricId) => void },
): Promise<MetricTable> {
  const columns = new Map<MetricId, MetricOutcome>();
  for (const metric of metricsFor(graphKind)) {
    options.onMetric?.(metric.id);
    columns.set(
      metric.id,
      await runMetricInParallel(metric, graph, options, paramsById[metric.id]),
    );
  }
  return tableOf(columns, nodes);
}

function tableOf(columns: ReadonlyMap<MetricId, MetricOutcome>, nodes: readonly string[]) {
  const errors: MetricError[] = [];
  for (const [metric, outcome] of columns)
    if (!outcome.ok) errors.push({ metric, reason: outcome.reason });
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
