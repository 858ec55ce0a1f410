/**
 * Every organisation with every organisation metric of the registry (columns generated from it;
 * headers and help from the metric words), in the shared virtualised table. The sort lives in the
 * URL (store field orgSort) and is an index over the typed columns (org-metrics-model.ts), so
 * sorting 100 000 rows by betweenness is one typed-array sort. A metric not computed shows "–"
 * and its reason in the column help. A row click or Enter selects the organisation everywhere; a
 * cluster selected elsewhere narrows the table to its members, with a button to show all.
 */
import { useMemo } from 'react';
import { metricWord } from '../../domain/metrics/words';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { type Column, DataTable } from '../../ui/table/DataTable';
import type { SortState } from '../../ui/table/sort';
import { formatMetric, formatNumber } from '../shared/metric-format';
import {
  memberPositions,
  NAME_COLUMN,
  ORG_METRICS,
  orderedRows,
  orgSortText,
  parseOrgSort,
  wholeColumn,
} from './org-metrics-model';
import { useOrgMetricErrors } from './use-org-metrics';
import './org-metrics.css';

const COLUMN_IDS = [NAME_COLUMN, ...ORG_METRICS.map((m) => m.id)];

export function OrgMetricsTable() {
  const t = useT();
  const language = useLang();
  const model = useAppState((s) => s.data?.model);
  const sortText = useAppState((s) => s.orgSort);
  const selection = useAppState((s) => s.selection);
  const anonymised = useAppState((s) => s.anonymised);
  const displayName = useDisplayName();
  const errors = useOrgMetricErrors();
  const sort = useMemo(() => parseOrgSort(sortText, COLUMN_IDS), [sortText]);

  const filterClusters = selection.clusters;
  const only = useMemo(
    () => (model ? memberPositions(model, filterClusters) : null),
    [model, filterClusters],
  );
  const rows = useMemo(
    () => (model ? orderedRows(model, sort, only, anonymised) : []),
    [model, sort, only, anonymised],
  );
  const selectedOrgs = useMemo(() => new Set(selection.organisations), [selection.organisations]);

  const columns = useMemo((): Column<number>[] => {
    if (!model) return [];
    const idAt = (at: number) => model.orgOrder[at]!;
    return [
      {
        id: NAME_COLUMN,
        header: t('orgMetrics.name'),
        rowHeader: true,
        sortValue: (at) => at,
        cell: (at) => displayName('organisation', idAt(at)),
      },
      ...ORG_METRICS.map((metric): Column<number> => {
        const column = model.metrics.organisations[metric.id];
        const failed = errors.get(metric.id);
        const help = metricWord(metric.id, 'description', language);
        const digits = column && wholeColumn(column) ? 0 : 3;
        return {
          id: metric.id,
          header: metricWord(metric.id, 'label', language),
          description: failed ? `${help} ${t('orgMetrics.notComputed', { reason: failed })}` : help,
          align: 'end',
          firstSort: 'desc',
          sortValue: (at) => column?.[at] ?? Number.NaN,
          cell: (at) => formatMetric(column?.[at] ?? Number.NaN, language, digits),
        };
      }),
    ];
  }, [model, t, language, displayName, errors]);

  if (!model) return null;
  const select = (at: number) => actions.select({ kind: 'organisation', id: model.orgOrder[at]! });
  const onSortChange = (next: SortState) => actions.setOrgSort(orgSortText(next));

  return (
    <Panel title={t('orgMetrics.title')} className="org-metrics-panel">
      {only !== null ? (
        <p className="org-metrics-filter" data-testid="org-metrics-filter">
          {t('orgMetrics.filtered', {
            names: filterClusters.map((c) => displayName('cluster', c)).join(', '),
            n: formatNumber(only.size, language),
          })}{' '}
          <button type="button" className="button subtle" onClick={actions.clearSelection}>
            {t('orgMetrics.showAll')}
          </button>
        </p>
      ) : null}
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(at) => model.orgOrder[at]!}
        caption={t('orgMetrics.caption')}
        emptyMessage={t('table.empty')}
        sort={sort}
        onSortChange={onSortChange}
        manualSorting
        isSelected={(at) => selectedOrgs.has(model.orgOrder[at]!)}
        onRowActivate={select}
        rowAttributes={(at) => ({
          'aria-current': selectedOrgs.has(model.orgOrder[at]!) ? 'true' : undefined,
        })}
        className="org-metrics"
        testId="org-metrics-table"
      />
    </Panel>
  );
}
