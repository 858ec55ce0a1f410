/**
 * The metrics table's columns and rows: the cluster name and member count, then one column per
 * registered cluster metric (src/domain/metrics/registry.ts), so a new metric shows up without
 * touching this file; labels and help come from the metric words (words.ts). One row per cluster
 * from analysis.metrics.clusters, and a pure sort (a metric not computed sorts last, ties broken
 * by name, so the order is always the same).
 */
import type { Analysis } from '../../domain/analysis/types';
import { METRICS } from '../../domain/metrics/registry';
import type { MetricId } from '../../domain/metrics/types';
import type { MessageKey } from '../../ui/i18n/nb';

export interface MetricRow {
  readonly name: string;
  readonly members: number;
  /** By metric id; null where the metric could not be computed. */
  readonly values: ReadonlyMap<MetricId, number | null>;
}

/** 'name', 'members', or a metric id. */
export type SortKey = string;
export type SortDirection = 'asc' | 'desc';

export type Column =
  | { readonly key: 'name' | 'members'; readonly label: MessageKey; readonly digits: number }
  | { readonly key: MetricId; readonly metric: MetricId; readonly digits: number };

export const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'metrics.cluster', digits: 0 },
  { key: 'members', label: 'metrics.members', digits: 0 },
  ...METRICS.filter((m) => m.graph !== 'organisations').map((m): Column => ({
    key: m.id,
    metric: m.id,
    // Counts and category numbers are whole; scores get three decimals.
    digits: m.kind === 'category' || m.id === 'degree' || m.id === 'weightedDegree' ? 0 : 3,
  })),
];

export function metricRows(analysis: Analysis): MetricRow[] {
  return analysis.clusters.map((cluster) => {
    const m = analysis.metrics.clusters[cluster.name] ?? {};
    return {
      name: cluster.name,
      members: cluster.members,
      values: new Map(METRICS.map((metric) => [metric.id, m[metric.id] ?? null])),
    };
  });
}

function sortValue(row: MetricRow, key: SortKey): string | number | null {
  if (key === 'name') return row.name;
  if (key === 'members') return row.members;
  return row.values.get(key) ?? null;
}

export function sortRows(
  rows: readonly MetricRow[],
  key: SortKey,
  direction: SortDirection,
): MetricRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = sortValue(x, key);
    const b = sortValue(y, key);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
      return x.name.localeCompare(y.name, 'nb');
    }
    const primary = typeof a === 'string' ? a.localeCompare(String(b), 'nb') : a - Number(b);
    return sign * primary || x.name.localeCompare(y.name, 'nb');
  });
}
