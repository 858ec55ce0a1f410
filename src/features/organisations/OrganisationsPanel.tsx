/**
 * The organisations view: every organisation in one table (name, number, county, member type,
 * number of clusters, the clusters), a search across all lists (name, aliases, number; Enter
 * lands on the best match and focuses its row), filters (clusters >= k, county, member type,
 * cluster; the 1 / 2 / 3 / 4+ bars), each shown as a removable chip. Filters and sort are in the
 * store's `viewFilters` (so in the URL); the search text is not (it may be a name). A cluster
 * selected in another view filters the table to its members; choosing a row selects the
 * organisation everywhere.
 */
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import type { MemberType } from '../../domain/membership/types';
import { formatOrgNumber } from '../../domain/membership/org-number';
import type { PageClusterId } from '../../domain/page/ids';
import { selectionOf } from '../../domain/page/selection';
import type { SelectionItem } from '../../domain/page/selection-types';
import { useDisplayName } from '../../state/display-name';
import { orgIndexOf } from '../../state/org-index';
import { actions, useAppState } from '../../state/store';
import { ORG_TYPE_FILTERS } from '../../state/url-state';
import { useT } from '../../ui/i18n/I18nProvider';
import { useSlicedArray } from '../../ui/use-sliced-array';
import type { MessageKey } from '../../ui/i18n/nb';
import { Panel } from '../../ui/Panel';
import { type Column, DataTable } from '../../ui/table/DataTable';
import type { SortState } from '../../ui/table/sort';
import { ExportButton } from '../shared/ExportButton';
import { useNumberFormat } from '../shared/number-format';
import {
  BUCKET_LABELS,
  bestMatch,
  filterRows,
  histogram,
  type OrgFilter,
  type OrgRow,
  organisationLookup,
  orgRowMaker,
  searchMatcher,
} from './org-rows';
import { OrgHistogram } from './OrgHistogram';
import './organisations.css';

const SORT = /^(name|orgNumber|county|type|count|clusters)-(asc|desc)$/;

export function parseOrgSort(text: string | undefined): SortState | null {
  const m = SORT.exec(text ?? '');
  return m ? { columnId: m[1]!, direction: m[2] as 'asc' | 'desc' } : null;
}

const NO_ROWS: readonly OrgRow[] = [];

interface Chip {
  readonly key: string;
  readonly label: string;
  readonly remove: () => void;
}

export function OrganisationsPanel() {
  const t = useT();
  const nf = useNumberFormat();
  const displayName = useDisplayName();
  const data = useAppState((s) => s.data);
  const anonymised = useAppState((s) => s.anonymised);
  const vf = useAppState((s) => s.viewFilters);
  const selection = useAppState((s) => s.selection);
  const [query, setQuery] = useState('');
  const [focus, setFocus] = useState<{ key: string; request: number } | null>(null);
  const requests = useRef(0);
  const searchId = useId();

  const rowJob = useMemo(() => {
    if (!data) return null;
    return orgRowMaker(data.model, {
      nameOf: (id) => displayName('organisation', id),
      anonymised,
      organisation: organisationLookup(data.model, orgIndexOf(data.dataset).byId),
    });
  }, [data, displayName, anonymised]);
  const built = useSlicedArray(rowJob);
  const rows = built.items ?? NO_ROWS;

  const model = data?.model;
  const selectedClusters = useMemo(
    () => selection.clusters.filter((c) => model?.clusters.has(c)),
    [selection.clusters, model],
  );
  const filter: OrgFilter = {
    minClusters: vf.orgMinClusters ?? 0,
    bucket: vf.orgBucket ?? '',
    county: vf.orgCounty ?? '',
    type: (vf.orgType ?? '') as OrgFilter['type'],
    cluster:
      vf.orgCluster && model?.clusters.has(vf.orgCluster as PageClusterId) ? vf.orgCluster : '',
    selectedClusters,
  };
  const filterKey = JSON.stringify(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the filter's content
  const shown = useMemo(() => filterRows(rows, filter, query), [rows, filterKey, query]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the filter's content
  const counts = useMemo(() => histogram(rows, filter), [rows, filterKey]);
  const hiddenMatches = useMemo(
    () => (query.trim() === '' ? 0 : rows.filter(searchMatcher(query)).length - shown.length),
    [rows, query, shown],
  );

  if (!data || !model) return null;

  const set = actions.setViewFilters;
  const sort = parseOrgSort(vf.orgTableSort);
  const countyOptions = [...model.counties.keys()];
  const clusterOptions = [...model.clusters.keys()]
    .map((c) => ({ id: c, name: displayName('cluster', c) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const typeWord = (type: MemberType | 'none' | undefined) =>
    t(`orgs.type.${type ?? 'none'}` as MessageKey);

  const chips: Chip[] = [];
  if (filter.bucket !== '') {
    const label = t('orgs.chip.bucket', { label: BUCKET_LABELS[filter.bucket] });
    chips.push({ key: 'bucket', label, remove: () => set({ orgBucket: undefined }) });
  }
  if (filter.minClusters > 0) {
    const label = t('orgs.chip.min', { n: nf.integer(filter.minClusters) });
    chips.push({ key: 'min', label, remove: () => set({ orgMinClusters: undefined }) });
  }
  if (filter.county !== '') {
    const label = displayName('county', filter.county as never);
    chips.push({ key: 'county', label, remove: () => set({ orgCounty: undefined }) });
  }
  if (filter.type !== '') {
    chips.push({
      key: 'type',
      label: typeWord(filter.type),
      remove: () => set({ orgType: undefined }),
    });
  }
  if (filter.cluster !== '') {
    const label = displayName('cluster', filter.cluster as PageClusterId);
    chips.push({ key: 'cluster', label, remove: () => set({ orgCluster: undefined }) });
  }
  for (const c of selectedClusters) {
    const label = t('orgs.chip.selectedCluster', { name: displayName('cluster', c) });
    chips.push({
      key: `sel-${c}`,
      label,
      remove: () => actions.select({ kind: 'cluster', id: c }, 'toggle'),
    });
  }
  const clearAll = () => {
    set({
      orgBucket: undefined,
      orgMinClusters: undefined,
      orgCounty: undefined,
      orgType: undefined,
      orgCluster: undefined,
    });
    for (const c of selectedClusters) actions.select({ kind: 'cluster', id: c }, 'toggle');
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const best = bestMatch(shown, query);
    if (best) setFocus({ key: best.id, request: ++requests.current });
  };

  const activate = (row: OrgRow) => {
    const org: SelectionItem = { kind: 'organisation', id: row.id };
    const keep = selectedClusters.map((id): SelectionItem => ({ kind: 'cluster', id }));
    const on = selection.organisations.includes(row.id);
    actions.setSelection(selectionOf(on ? keep : [...keep, org], on ? null : org));
  };

  const columns: Column<OrgRow>[] = [
    {
      id: 'name',
      header: t('orgs.col.name'),
      cell: (r) => r.name,
      sortValue: (r) => r.name,
      rowHeader: true,
      width: '24%',
    },
    {
      id: 'orgNumber',
      header: t('orgs.col.orgNumber'),
      cell: (r) => (r.orgNumber ? formatOrgNumber(r.orgNumber) : ''),
      sortValue: (r) => r.orgNumber,
      width: '8rem',
    },
    {
      id: 'county',
      header: t('orgs.col.county'),
      cell: (r) => displayName('county', r.county),
      sortValue: (r) => displayName('county', r.county),
      width: '10rem',
    },
    {
      id: 'type',
      header: t('orgs.col.type'),
      cell: (r) => typeWord(r.type),
      sortValue: (r) => typeWord(r.type),
      width: '10rem',
    },
    {
      id: 'count',
      header: t('orgs.col.count'),
      cell: (r) => nf.integer(r.clusters.length),
      sortValue: (r) => r.clusters.length,
      align: 'end',
      firstSort: 'desc',
      width: '7rem',
    },
    {
      id: 'clusters',
      header: t('orgs.col.clusters'),
      cell: (r) => r.clusters.map((c) => displayName('cluster', c)).join(', '),
    },
  ];

  return (
    <Panel
      title={t('orgs.title')}
      className="orgs-panel"
      actions={
        <div className="panel-actions">
          <ExportButton id="organisations-csv" />
          <ExportButton id="organisations-xlsx" />
        </div>
      }
    >
      <div className="orgs-top">
        <div className="orgs-filters">
          <div className="orgs-search">
            <label htmlFor={searchId}>{t('orgs.search')}</label>
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder={t('orgs.searchPlaceholder')}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onSearchKey}
              data-testid="orgs-search"
            />
          </div>
          <label>
            {t('orgs.minClusters')}
            <input
              type="number"
              min={0}
              step={1}
              value={filter.minClusters}
              data-testid="orgs-min"
              onChange={(e) => {
                const n = Math.max(0, Math.floor(Number(e.target.value) || 0));
                set({ orgMinClusters: n === 0 ? undefined : n });
              }}
            />
          </label>
          <label>
            {t('orgs.county')}
            <select
              value={filter.county}
              data-testid="orgs-county"
              onChange={(e) => set({ orgCounty: e.target.value || undefined })}
            >
              <option value="">{t('orgs.anyCounty')}</option>
              {countyOptions.map((c) => (
                <option key={c} value={c}>
                  {displayName('county', c)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('orgs.type')}
            <select
              value={filter.type}
              data-testid="orgs-type"
              onChange={(e) =>
                set({ orgType: (e.target.value || undefined) as OrgFilter['type'] | undefined })
              }
            >
              <option value="">{t('orgs.anyType')}</option>
              {ORG_TYPE_FILTERS.map((type) => (
                <option key={type} value={type}>
                  {typeWord(type)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('orgs.cluster')}
            <select
              value={filter.cluster}
              data-testid="orgs-cluster"
              onChange={(e) => set({ orgCluster: e.target.value || undefined })}
            >
              <option value="">{t('orgs.anyCluster')}</option>
              {clusterOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <OrgHistogram
          counts={counts}
          active={filter.bucket}
          onChoose={(b) => set({ orgBucket: b === '' ? undefined : b })}
        />
      </div>
      {chips.length > 0 ? (
        <ul className="orgs-chips" aria-label={t('orgs.chips')} data-testid="orgs-chips">
          {chips.map((chip) => (
            <li key={chip.key} className="org-chip" data-chip={chip.key}>
              <span>{chip.label}</span>
              <button
                type="button"
                aria-label={t('orgs.chip.remove', { label: chip.label })}
                onClick={chip.remove}
              >
                ×
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="button subtle" onClick={clearAll}>
              {t('orgs.clearFilters')}
            </button>
          </li>
        </ul>
      ) : null}
      {built.items === null ? (
        <p className="muted" role="status" data-testid="orgs-building">
          {t('orgs.building', { built: nf.integer(built.built), total: nf.integer(built.total) })}
        </p>
      ) : (
        <>
          <p className="muted" aria-live="polite" data-testid="orgs-count">
            {t('orgs.count', { shown: nf.integer(shown.length), total: nf.integer(rows.length) })}
            {query.trim() !== ''
              ? ` · ${t(shown.length === 1 ? 'orgs.matches.one' : 'orgs.matches.other', { n: nf.integer(shown.length) })}`
              : ''}
            {hiddenMatches > 0
              ? ` · ${t(hiddenMatches === 1 ? 'orgs.hiddenMatches.one' : 'orgs.hiddenMatches.other', { n: nf.integer(hiddenMatches) })}`
              : ''}
          </p>
          <DataTable
            rows={shown}
            columns={columns}
            rowKey={(r) => r.id}
            caption={t('orgs.table')}
            emptyMessage={t('orgs.empty')}
            testId="orgs-table"
            rowTestId="org-row"
            sort={sort}
            onSortChange={(s) => set({ orgTableSort: `${s.columnId}-${s.direction}` })}
            focusRequest={focus}
            isSelected={(r) => selection.organisations.includes(r.id)}
            onRowActivate={activate}
            rowAttributes={(r) => ({ 'data-org': r.id })}
          />
        </>
      )}
    </Panel>
  );
}
