/**
 * Network measures per cluster in the shared table (src/ui/table/), one column per metric in the
 * registry (columns.ts), headers and help from the metric words (domain/metrics/words.ts), the
 * community of each cluster among them, and above the table the partition's size and modularity
 * ("5 fellesskap, modularitet 0,48"). A metric not computed shows "–" and its reason in the help. A click on a column heading sorts by it (again to reverse); a click on a
 * row, its name button, or Enter on a focused row selects the cluster in every view.
 */
import { useMemo } from 'react';
import type { PageClusterId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { metricWord, renderMetricMessage } from '../../domain/metrics/words';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { type Column, DataTable } from '../../ui/table/DataTable';
import { ClusterName } from '../shared/ClusterName';
import { formatMetric, formatNumber } from '../shared/metric-format';
import { focusDetailsNext } from '../shared/details-focus';
import { ExportButtons } from '../shared/ExportButtons';
import { metricColumns, type MetricRow, metricRows } from './columns';
import './metrics.css';

/** Selects the cluster, and the keyboard follows it to its details (details-focus.ts). */
const selectCluster = (id: PageClusterId) => {
  focusDetailsNext();
  actions.select({ kind: 'cluster', id });
};

export function MetricsTable() {
  const t = useT();
  const language = useLang();
  const model = useAppState((s) => s.data?.model);
  const communities = useAppState((s) => s.data?.analysis.communities);
  const metricErrors = useAppState((s) => s.data?.analysis.metricErrors);
  const selected = useAppState((s) => s.selection.clusters);
  const displayName = useDisplayName();
  const rows = useMemo(
    () => (model ? metricRows(model, (id) => displayName('cluster', id)) : []),
    [model, displayName],
  );
  const columns = useMemo((): Column<MetricRow>[] => {
    const failed = new Map(
      (metricErrors ?? [])
        .filter((e) => e.graph === 'clusters')
        .map((e) => [e.metric, renderMetricMessage(e.reason, language)]),
    );
    return [
      {
        id: 'name',
        header: t('metrics.cluster'),
        rowHeader: true,
        sortValue: (r) => r.name,
        cell: (r) => (
          <button type="button" className="link" onClick={() => selectCluster(r.id)}>
            <ClusterName name={r.name} />
          </button>
        ),
      },
      {
        id: 'members',
        header: t('metrics.members'),
        align: 'end',
        firstSort: 'desc',
        sortValue: (r) => r.members,
        cell: (r) => formatNumber(r.members, language),
      },
      ...metricColumns(rows).map((c): Column<MetricRow> => {
        const help = metricWord(c.id, 'description', language);
        const reason = failed.get(c.id);
        return {
          id: c.id,
          header: metricWord(c.id, 'label', language),
          description: reason ? `${help} ${reason}` : help,
          align: 'end',
          firstSort: 'desc',
          sortValue: (r) => r.values.get(c.id) ?? Number.NEGATIVE_INFINITY,
          cell: (r) => formatMetric(r.values.get(c.id), language, c.digits === 0 ? 0 : c.digits),
        };
      }),
    ];
  }, [t, rows, language, metricErrors]);
  if (!model) return null;

  return (
    <Panel
      title={t('metrics.title')}
      className="metrics-panel"
      actions={<ExportButtons ids={['metrics-csv', 'metrics-xlsx']} label={t('export.tables')} />}
    >
      <p className="communities-line" data-testid="communities-line">
        {communities
          ? t('communities.line', {
              count: formatNumber(communities.count, language),
              modularity: formatNumber(communities.modularity, language, 2),
            })
          : t('communities.notComputed')}
      </p>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.id}
        caption={t('metrics.caption')}
        emptyMessage={t('table.empty')}
        initialSort={{ columnId: 'members', direction: 'desc' }}
        isSelected={(r) => selected.includes(r.id)}
        onRowActivate={(r) => selectCluster(r.id)}
        rowAttributes={(r) => ({ 'aria-current': selected.includes(r.id) ? 'true' : undefined })}
        className="metrics"
        testId="metrics-table"
      />
    </Panel>
  );
}
