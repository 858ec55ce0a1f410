/**
 * Network measures per cluster in a sortable table. A click on a column heading sorts by it
 * (again to reverse); a click on a row, or its name button, selects the cluster.
 */
import { useMemo, useState } from 'react';
import { actions, useAppState } from '../../state/store';
import { formatDecimal, formatInteger } from '../../ui/i18n/format';
import { metricWord } from '../../domain/metrics/words';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ClusterName } from '../default-data/ClusterName';
import { COLUMNS, metricRows, sortRows, type SortDirection, type SortKey } from './columns';

export function MetricsTable() {
  const t = useT();
  const lang = useLang();
  const analysis = useAppState((s) => s.data?.analysis);
  const selected = useAppState((s) => (s.selection?.kind === 'cluster' ? s.selection.name : null));
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'members',
    direction: 'desc',
  });
  const rows = useMemo(
    () => (analysis ? sortRows(metricRows(analysis), sort.key, sort.direction) : []),
    [analysis, sort],
  );
  if (!analysis) return null;

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
                    title={
                      'metric' in column
                        ? metricWord(column.metric, 'description', lang)
                        : undefined
                    }
                    onClick={() => sortBy(column.key)}
                  >
                    {'metric' in column
                      ? metricWord(column.metric, 'label', lang)
                      : t(column.label)}
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
                key={row.name}
                className={row.name === selected ? 'selected' : undefined}
                aria-current={row.name === selected ? 'true' : undefined}
                onClick={() => actions.selectCluster(row.name)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() => actions.selectCluster(row.name)}
                  >
                    <ClusterName name={row.name} />
                  </button>
                </th>
                {COLUMNS.slice(1).map((column) => {
                  const value = 'metric' in column ? row.values.get(column.metric) : row.members;
                  return (
                    <td key={column.key} className="num">
                      {value === null || value === undefined
                        ? '–'
                        : column.digits === 0
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
