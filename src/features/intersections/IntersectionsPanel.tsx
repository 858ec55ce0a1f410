/**
 * The intersections view (UpSet): its controls (sort by size or degree; clusters involved, all-of
 * or any-of; minimum size), the chart of the first combinations with "show more", and beside it
 * the organisations of the combination selected. Filters and sort live in the store's
 * `viewFilters`, so they are in the URL; the chosen combination is the shared selection
 * (`{kind: 'intersection', clusters}`), so the other views see it too.
 */
import { useMemo, useState } from 'react';
import type { PageClusterId } from '../../domain/page/ids';
import { selectionOf } from '../../domain/page/selection';
import type { SelectionItem } from '../../domain/page/selection-types';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { FILTERS } from '../../state/url-state';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ExportButton } from '../shared/ExportButton';
import { useNumberFormat } from '../shared/number-format';
import { IntersectionMembers } from './IntersectionMembers';
import './intersections.css';
import { UpsetChart } from './UpsetChart';
import {
  capIntersections,
  filterIntersections,
  intersectionKey,
  pageIntersections,
  sortIntersections,
  upsetRows,
} from './upset-model';

/** Bars drawn at first, and added by each "show more". */
export const PAGE_SIZE = 40;

export function IntersectionsPanel() {
  const t = useT();
  const nf = useNumberFormat();
  const displayName = useDisplayName();
  const model = useAppState((s) => s.data?.model ?? null);
  const filters = useAppState((s) => s.viewFilters);
  const selection = useAppState((s) => s.selection);
  const [limit, setLimit] = useState(PAGE_SIZE);

  const sort = filters.upsetSort ?? FILTERS.upsetSort.fallback;
  const match = filters.upsetMatch ?? FILTERS.upsetMatch.fallback;
  const minSize = filters.upsetMin ?? FILTERS.upsetMin.fallback;
  const chosen = useMemo(
    () =>
      (filters.upsetClusters ?? []).filter((c) =>
        model?.clusters.has(c as PageClusterId),
      ) as PageClusterId[],
    [filters.upsetClusters, model],
  );

  const all = useMemo(() => (model ? pageIntersections(model) : []), [model]);
  const listed = useMemo(
    () => sortIntersections(filterIntersections(all, { clusters: chosen, match, minSize }), sort),
    [all, chosen, match, minSize, sort],
  );
  const { shown, hidden } = capIntersections(listed, limit);
  const rows = useMemo(() => (model ? upsetRows(model, shown) : []), [model, shown]);

  const selectedItem =
    selection.focus?.kind === 'intersection'
      ? selection.focus
      : selection.intersections.length > 0
        ? ({ kind: 'intersection', clusters: selection.intersections.at(-1)! } as const)
        : null;
  const selectedKey = selectedItem ? intersectionKey(selectedItem.clusters) : null;
  const selectedCombo = selectedKey ? all.find((x) => x.key === selectedKey) : undefined;
  const litClusters = useMemo(
    () => new Set([...selection.clusters, ...selection.clusterPairs.flat()]),
    [selection.clusters, selection.clusterPairs],
  );
  // An organisation selected elsewhere lights the one combination it belongs to.
  const litKeys = useMemo(
    () =>
      new Set(selection.organisations.map((o) => intersectionKey(model?.clustersOf.get(o) ?? []))),
    [selection.organisations, model],
  );

  if (!model) return null;
  const clusterOptions = [...model.clusters.keys()]
    .filter((c) => !chosen.includes(c))
    .map((c) => ({ id: c, name: displayName('cluster', c) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const setChosen = (next: readonly string[]) => {
    setLimit(PAGE_SIZE);
    actions.setViewFilters({ upsetClusters: next.length > 0 ? next : undefined });
  };
  const select = (clusters: readonly PageClusterId[]) => {
    const item: SelectionItem = { kind: 'intersection', clusters };
    actions.setSelection(selectionOf([item]));
  };

  return (
    <Panel
      title={t('upset.title')}
      className="upset-panel"
      actions={
        <div className="panel-actions">
          <ExportButton id="intersections-csv" />
          <ExportButton id="intersections-xlsx" />
        </div>
      }
    >
      <p className="muted">{t('upset.intro')}</p>
      <div className="upset-controls">
        <label>
          {t('upset.sort')}
          <select
            value={sort}
            onChange={(e) =>
              actions.setViewFilters({ upsetSort: e.target.value as 'size' | 'degree' })
            }
            data-testid="upset-sort"
          >
            <option value="size">{t('upset.sort.size')}</option>
            <option value="degree">{t('upset.sort.degree')}</option>
          </select>
        </label>
        <fieldset>
          <legend>{t('upset.clusters')}</legend>
          <div className="upset-chips">
            {chosen.map((c) => (
              <button
                key={c}
                type="button"
                className="button subtle"
                aria-label={t('upset.removeCluster', { name: displayName('cluster', c) })}
                onClick={() => setChosen(chosen.filter((x) => x !== c))}
              >
                {displayName('cluster', c)} ×
              </button>
            ))}
            <select
              aria-label={t('upset.addCluster')}
              value=""
              data-testid="upset-add-cluster"
              onChange={(e) => e.target.value && setChosen([...chosen, e.target.value])}
            >
              <option value="">{t('upset.addCluster')}</option>
              {clusterOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('upset.match')}</legend>
          <div className="upset-chips">
            {(['any', 'all'] as const).map((m) => (
              <label key={m} className="inline">
                <input
                  type="radio"
                  name="upset-match"
                  value={m}
                  checked={match === m}
                  onChange={() => actions.setViewFilters({ upsetMatch: m })}
                />
                {t(m === 'any' ? 'upset.match.any' : 'upset.match.all')}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          {t('upset.minSize')}
          <input
            type="number"
            min={1}
            step={1}
            value={minSize}
            data-testid="upset-min"
            onChange={(e) => {
              const n = Math.max(1, Math.floor(Number(e.target.value) || 1));
              setLimit(PAGE_SIZE);
              actions.setViewFilters({ upsetMin: n });
            }}
          />
        </label>
      </div>
      <div className="upset-layout">
        <div>
          <p className="muted" aria-live="polite" data-testid="upset-count">
            {t('upset.count', {
              shown: nf.integer(shown.length),
              total: nf.integer(listed.length),
            })}
          </p>
          {shown.length === 0 ? (
            <p className="muted">{t('upset.none')}</p>
          ) : (
            <UpsetChart
              combos={shown}
              rows={rows}
              selectedKey={selectedKey}
              litClusters={litClusters}
              litKeys={litKeys}
              onSelect={(combo) => select(combo.clusters)}
            />
          )}
          {hidden > 0 ? (
            <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              {t('upset.showMore', { n: nf.integer(Math.min(PAGE_SIZE, hidden)) })}
            </button>
          ) : null}
        </div>
        <IntersectionMembers
          clusters={selectedCombo?.clusters ?? selectedItem?.clusters ?? null}
          members={selectedCombo?.members ?? []}
        />
      </div>
    </Panel>
  );
}
