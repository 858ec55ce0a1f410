/**
 * Network measures per cluster in the shared table (src/ui/table/), one column per metric in the
 * registry (columns.ts). A click on a column heading sorts by it (again to reverse); a click on a
 * row, its name button, or Enter on a focused row selects the cluster in every view.
 */
import { useMemo } from 'react';
import type { PageClusterId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { useFormat, useT } from '../../ui/i18n/I18nProvider';
import type { MessageKey } from '../../ui/i18n/nb';
import { Panel } from '../../ui/Panel';
import { type Column, DataTable } from '../../ui/table/DataTable';
import { ClusterName } from '../shared/ClusterName';
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
  const format = useFormat();
  const model = useAppState((s) => s.data?.model);
  const selected = useAppState((s) => s.selection.clusters);
  const displayName = useDisplayName();
  const rows = useMemo(
    () => (model ? metricRows(model, (id) => displayName('cluster', id)) : []),
    [model, displayName],
  );
  const columns = useMemo((): Column<MetricRow>[] => {
    const text = (key: string, translated: boolean) => (translated ? t(key as MessageKey) : key);
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
        cell: (r) => format.integer(r.members),
      },
      ...metricColumns(rows).map((c): Column<MetricRow> => ({
        id: c.id,
        header: text(c.label, c.translated),
        description: text(c.help, c.translated),
        align: 'end',
        firstSort: 'desc',
        sortValue: (r) => r.values.get(c.id) ?? Number.NEGATIVE_INFINITY,
        cell: (r) => {
          const v = r.values.get(c.id);
          if (v === undefined) return '–';
          return c.digits === 0 ? format.integer(v) : format.decimal(v, c.digits);
        },
      })),
    ];
  }, [t, rows, format]);
  if (!model) return null;

  return (
    <Panel
      title={t('metrics.title')}
      className="metrics-panel"
      actions={<ExportButtons ids={['metrics-csv', 'metrics-xlsx']} label={t('export.tables')} />}
    >
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
