/**
 * The metrics table's columns and rows: one row per cluster of the page model (keyed by page id,
 * named by displayName), and a pure sort (ties broken by name, so the order is always the same).
 */
import type { PageClusterId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import type { MessageKey } from '../../ui/i18n/nb';

export interface MetricRow {
  readonly id: PageClusterId;
  readonly name: string;
  readonly members: number;
  readonly degree: number;
  readonly weightedDegree: number;
  readonly betweenness: number;
  readonly closeness: number;
  readonly eigenvector: number;
  readonly pagerank: number;
}

export type SortKey = Exclude<keyof MetricRow, 'id'>;
export type SortDirection = 'asc' | 'desc';

export interface Column {
  readonly key: SortKey;
  readonly label: MessageKey;
  readonly help?: MessageKey;
  /** Decimals shown; 0 for counts. */
  readonly digits: number;
}

export const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'metrics.cluster', digits: 0 },
  { key: 'members', label: 'metrics.members', digits: 0 },
  { key: 'degree', label: 'metrics.degree', help: 'metrics.degreeHelp', digits: 0 },
  {
    key: 'weightedDegree',
    label: 'metrics.weightedDegree',
    help: 'metrics.weightedDegreeHelp',
    digits: 0,
  },
  { key: 'betweenness', label: 'metrics.betweenness', help: 'metrics.betweennessHelp', digits: 3 },
  { key: 'closeness', label: 'metrics.closeness', help: 'metrics.closenessHelp', digits: 3 },
  { key: 'eigenvector', label: 'metrics.eigenvector', help: 'metrics.eigenvectorHelp', digits: 3 },
  { key: 'pagerank', label: 'metrics.pagerank', help: 'metrics.pagerankHelp', digits: 3 },
];

export function metricRows(model: PageModel, nameOf: (id: PageClusterId) => string): MetricRow[] {
  return [...model.clusters.values()].map((cluster) => {
    const m = model.metrics.clusters.get(cluster.id);
    return {
      id: cluster.id,
      name: nameOf(cluster.id),
      members: cluster.members,
      degree: m?.degree ?? 0,
      weightedDegree: m?.weightedDegree ?? 0,
      betweenness: m?.betweenness ?? 0,
      closeness: m?.closeness ?? 0,
      eigenvector: m?.eigenvector ?? 0,
      pagerank: m?.pagerank ?? 0,
    };
  });
}

export function sortRows(
  rows: readonly MetricRow[],
  key: SortKey,
  direction: SortDirection,
): MetricRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = x[key];
    const b = y[key];
    const primary = typeof a === 'string' ? a.localeCompare(String(b), 'nb') : a - Number(b);
    return sign * primary || x.name.localeCompare(y.name, 'nb');
  });
}
