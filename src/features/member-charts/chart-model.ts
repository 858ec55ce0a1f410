/**
 * The member charts' rows from the worker's answers: "all lists together" first, then each
 * cluster in dataset order; a county chart adds a "no county" series when any member lacks one.
 * Pure, shared by the views and the exports.
 */
import type { ExportTable } from '../../domain/export/table';
import type { PageClusterId } from '../../domain/page/ids';
import { MEMBER_TYPE_COLUMNS } from '../../domain/graph/county-link-views';
import type { BarRow } from '../../ui/charts/StackedBars';
import type { MembersByType, MembersByUnit } from '../../worker/county-api';

export const ALL_ROW = 'all';

export interface ChartData {
  readonly series: readonly { id: string; label: string }[];
  readonly rows: readonly BarRow[];
}

const unplacedOf = (u: { abroad: number; unknown: number; ambiguous: number }) =>
  u.abroad + u.unknown + u.ambiguous;

export function whereChart(
  data: MembersByUnit,
  words: { all: string; unplaced: string },
  unitName: (i: number) => string,
  clusterName: (id: PageClusterId) => string,
  highlighted: ReadonlySet<string>,
): ChartData {
  const withUnplaced =
    unplacedOf(data.all.unplaced) > 0 || data.rows.some((r) => unplacedOf(r.unplaced) > 0);
  const series = [
    ...data.units.map((u, i) => ({ id: u.id as string, label: unitName(i) })),
    ...(withUnplaced ? [{ id: 'unplaced', label: words.unplaced }] : []),
  ];
  const values = (r: { byUnit: readonly number[]; unplaced: MembersByUnit['all']['unplaced'] }) => [
    ...r.byUnit,
    ...(withUnplaced ? [unplacedOf(r.unplaced)] : []),
  ];
  return {
    series,
    rows: [
      { id: ALL_ROW, label: words.all, values: values(data.all), emphasis: true },
      ...data.rows.map((r) => ({
        id: r.cluster,
        label: clusterName(r.cluster),
        values: values(r),
        highlighted: highlighted.has(r.cluster),
      })),
    ],
  };
}

export function typeChart(
  data: MembersByType,
  words: { all: string },
  typeName: (type: (typeof MEMBER_TYPE_COLUMNS)[number]) => string,
  clusterName: (id: PageClusterId) => string,
  highlighted: ReadonlySet<string>,
): ChartData {
  const values = (r: MembersByType['all']) => MEMBER_TYPE_COLUMNS.map((t) => r[t]);
  return {
    series: MEMBER_TYPE_COLUMNS.map((t) => ({ id: t, label: typeName(t) })),
    rows: [
      { id: ALL_ROW, label: words.all, values: values(data.all), emphasis: true },
      ...data.rows.map((r) => ({
        id: r.cluster,
        label: clusterName(r.cluster),
        values: values(r.byType),
        highlighted: highlighted.has(r.cluster),
      })),
    ],
  };
}

/** A chart as an export table: per row the counts, then the shares (fractions, 3 decimals). */
export function chartTable(
  chart: ChartData,
  id: string,
  title: string,
  words: { corner: string; members: string; share: string },
): ExportTable {
  return {
    id,
    title,
    header: [
      words.corner,
      words.members,
      ...chart.series.map((s) => s.label),
      ...chart.series.map((s) => `${s.label} (${words.share})`),
    ],
    rows: chart.rows.map((r) => {
      const total = r.values.reduce((a, b) => a + b, 0);
      return [
        r.label,
        total,
        ...r.values,
        ...r.values.map((v) => (total > 0 ? Number((v / total).toFixed(3)) : null)),
      ];
    }),
  };
}
