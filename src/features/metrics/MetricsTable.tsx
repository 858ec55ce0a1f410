/**
 * Network measures per cluster in the shared table (src/ui/table/), one column per metric in the
 * registry (columns.ts). A click on a column heading sorts by it (again to reverse); a click on a
 * row, its name button, or Enter on a focused row selects the cluster.
 */
import { useMemo } from 'react';
import { actions, useAppState } from '../../state/store';
import { formatDecimal, formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import type { MessageKey } from '../../ui/i18n/nb';
import { Panel } from '../../ui/Panel';
import { type Column, DataTable } from '../../ui/table/DataTable';
import { ClusterName } from '../default-data/ClusterName';
import { metricColumns, type MetricRow, metricRows } from './columns';

export function MetricsTable() {
  const t = useT();
  const analysis = useAppState((s) => s.data?.analysis);
  const selected = useAppState((s) => (s.selection?.kind === 'cluster' ? s.selection.name : null));
  const rows = useMemo(() => (analysis ? metricRows(analysis) : []), [analysis]);
  const columns = useMemo((): Column<MetricRow>[] => {
    const text = (key: string, translated: boolean) => (translated ? t(key as MessageKey) : key);
    return [
      {
        id: 'name',
        header: t('metrics.cluster'),
        rowHeader: true,
        sortValue: (r) => r.name,
        cell: (r) => (
          <button type="button" className="link" onClick={() => actions.selectCluster(r.name)}>
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
        cell: (r) => formatInteger(r.members),
      },
      ...metricColumns(rows).map((c): Column<MetricRow> => ({
        id: c.id,
        header: text(c.label, c.translated),
        description: text(c.help, c.translated),
        align: 'end',
        firstSort: 'desc',
        sortValue: (r) => r.values.get(c.id) ?? 0,
        cell: (r) => {
          const v = r.values.get(c.id) ?? 0;
          return c.digits === 0 ? formatInteger(v) : formatDecimal(v, c.digits);
        },
      })),
    ];
  }, [t, rows]);
  if (!analysis) return null;

  return (
    <Panel title={t('metrics.title')} className="metrics-panel">
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.name}
        caption={t('metrics.caption')}
        emptyMessage={t('table.empty')}
        initialSort={{ columnId: 'members', direction: 'desc' }}
        isSelected={(r) => r.name === selected}
        onRowActivate={(r) => actions.selectCluster(r.name)}
        rowAttributes={(r) => ({ 'aria-current': r.name === selected ? 'true' : undefined })}
        className="metrics"
        testId="metrics-table"
      />
    </Panel>
  );
}
