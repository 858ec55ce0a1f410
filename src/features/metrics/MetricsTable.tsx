/**
 * Network measures per cluster in a sortable table. A click on a column heading sorts by it
 * (again to reverse); a click on a row, or its name button, selects the cluster.
 */
import { useMemo, useState } from 'react';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { formatDecimal, formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ClusterName } from '../shared/ClusterName';
import { COLUMNS, metricRows, sortRows, type SortDirection, type SortKey } from './columns';
import './metrics.css';

export function MetricsTable() {
  const t = useT();
  const model = useAppState((s) => s.data?.model);
  const selected = useAppState((s) => s.selection.clusters);
  const displayName = useDisplayName();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'members',
    direction: 'desc',
  });
  const rows = useMemo(
    () =>
      model
        ? sortRows(
            metricRows(model, (id) => displayName('cluster', id)),
            sort.key,
            sort.direction,
          )
        : [],
    [model, displayName, sort],
  );
  if (!model) return null;

  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'name' ? 'asc' : 'desc' },
    );

  return (
    <Panel title={t('metrics.title')} className="metrics-panel">
      <div className="scroll-x">
        <table className="table metrics" data-testid="metrics-table">
          <caption className="muted">{t('metrics.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.key === 'name' ? undefined : 'num'}
                  aria-sort={
                    sort.key === column.key
                      ? sort.direction === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sort"
                    title={column.help ? t(column.help) : undefined}
                    onClick={() => sortBy(column.key)}
                  >
                    {t(column.label)}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                className={selected.includes(row.id) ? 'selected' : undefined}
                aria-current={selected.includes(row.id) ? 'true' : undefined}
                onClick={() => actions.select({ kind: 'cluster', id: row.id })}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={(event) => {
                      // The row selects too; once is enough.
                      event.stopPropagation();
                      actions.select({ kind: 'cluster', id: row.id });
                    }}
                  >
                    <ClusterName name={row.name} />
                  </button>
                </th>
                {COLUMNS.slice(1).map((column) => {
                  const value = row[column.key] as number;
                  return (
                    <td key={column.key} className="num">
                      {column.digits === 0
                        ? formatInteger(value)
                        : formatDecimal(value, column.digits)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
