/**
 * One member chart on the page: the stacked bars, their legend, the numbers as a table, the
 * exports; a bar selects its cluster (shared selection), a cluster selected anywhere is marked.
 */
import type { PageClusterId } from '../../domain/page/ids';
import type { ChartMode } from '../../state/county-view';
import { actions } from '../../state/store';
import { categoryColor } from '../../ui/charts/color-scale';
import { ChartTable } from '../../ui/charts/ChartTable';
import { SwatchLegend } from '../../ui/charts/Legend';
import { formatNumber, formatShare } from '../../ui/charts/number-format';
import { StackedBars } from '../../ui/charts/StackedBars';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { ALL_ROW, type ChartData } from './chart-model';

export function MemberChart({
  chart,
  mode,
  title,
  testId,
  colors,
}: {
  chart: ChartData;
  mode: ChartMode;
  title: string;
  testId: string;
  colors?: (index: number, id: string) => string;
}) {
  const t = useT();
  const language = useLang();
  const series = chart.series.map((s, i) => ({
    ...s,
    color: colors ? colors(i, s.id) : categoryColor(i),
  }));
  const describe = (value: number, share: number) =>
    mode === 'share'
      ? t('charts.value', {
          count: formatShare(share, language),
          share: formatNumber(value, 0, language),
        })
      : t('charts.value', {
          count: formatNumber(value, 0, language),
          share: formatShare(share, language),
        });
  return (
    <div className="member-chart">
      <SwatchLegend title={title} items={series} />
      <StackedBars
        title={title}
        series={series}
        rows={chart.rows}
        mode={mode}
        describe={describe}
        testId={testId}
        onActivate={(row) => {
          if (row.id !== ALL_ROW) actions.select({ kind: 'cluster', id: row.id as PageClusterId });
        }}
      />
      <ChartTable
        summary={t('charts.table')}
        corner={t('county.cluster')}
        series={series}
        rows={chart.rows}
        cell={(v, share) =>
          mode === 'share' ? formatShare(share, language) : formatNumber(v, 0, language)
        }
        testId={`${testId}-table`}
      />
    </div>
  );
}
