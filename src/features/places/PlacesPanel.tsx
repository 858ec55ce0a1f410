/**
 * "Uplasserte": organisations the lists do not place in one county (unknown, or ambiguous such as
 * a 2020-23 "Viken"), to select and place by hand in bulk; and the manual placements, removable.
 * A placement is a workspace choice: the dataset is rebuilt, so county counts and links follow.
 */
import { useMemo, useState } from 'react';
import type { OrgId } from '../../domain/membership/types';
import { actions, useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { SearchInput } from '../../ui/SearchInput';
import { orgIndexOf } from '../../state/org-index';
import { CountyChooser } from './CountyChooser';
import { ManualPlacements } from './ManualPlacements';
import { UnplacedTable } from './UnplacedTable';
import {
  filterUnplaced,
  manualPlacement,
  manualRows,
  suggestedCounties,
  unplacedRows,
  type PlaceChoice,
} from './unplaced';
import './places.css';

const PAGE = 100;

export function PlacesPanel() {
  const t = useT();
  const dataset = useAppState((s) => s.data?.dataset);
  const placements = useAppState((s) => s.workspace.placements);
  const busy = useAppState((s) => s.status === 'loading');
  const [selectedIds, setSelected] = useState<ReadonlySet<OrgId>>(new Set());
  const [choice, setChoice] = useState<PlaceChoice | ''>('');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);

  const index = useMemo(() => (dataset ? orgIndexOf(dataset) : null), [dataset]);
  const rows = useMemo(
    () => (dataset && index ? unplacedRows(dataset.organisations, index) : []),
    [dataset, index],
  );
  const manual = useMemo(
    () => (index ? manualRows(placements, index.byId) : []),
    [placements, index],
  );
  const shown = useMemo(() => filterUnplaced(rows, query).slice(0, limit), [rows, query, limit]);
  const matching = query.trim() === '' ? rows.length : filterUnplaced(rows, query).length;
  // A selection only counts organisations still unplaced (a rebuild may have placed some).
  const selected = useMemo(() => {
    const present = new Set(rows.map((r) => r.org.id));
    return new Set([...selectedIds].filter((id) => present.has(id)));
  }, [rows, selectedIds]);
  const suggested = useMemo(() => suggestedCounties(rows, selected), [rows, selected]);

  const toggle = (id: OrgId, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const toggleAll = (on: boolean) => {
    const next = new Set(selected);
    for (const r of shown) {
      if (on) next.add(r.org.id);
      else next.delete(r.org.id);
    }
    setSelected(next);
  };
  const place = () => {
    if (choice === '' || selected.size === 0) return;
    void actions.placeOrganisations([...selected], manualPlacement(choice));
    setSelected(new Set());
    setChoice('');
  };

  const n = formatInteger(rows.length);
  return (
    <Panel
      title={
        <>
          {t('places.title')}{' '}
          <span className="panel-count" data-testid="places-count">
            {n}
          </span>
        </>
      }
      className="places-panel"
    >
      <div data-testid="places-panel">
        <p className="muted">{t('places.intro')}</p>
        {rows.length === 0 ? (
          <p>{t('places.none')}</p>
        ) : (
          <>
            <p>{t(rows.length === 1 ? 'places.count.one' : 'places.count.other', { n })}</p>
            <div className="places-bar">
              <SearchInput label={t('places.search')} value={query} onChange={setQuery} />
              <CountyChooser
                suggested={suggested}
                value={choice}
                selectedCount={selected.size}
                busy={busy}
                onChange={setChoice}
                onPlace={place}
              />
            </div>
            <UnplacedTable
              rows={shown}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
            />
            {matching > shown.length ? (
              <button
                type="button"
                className="button subtle"
                onClick={() => setLimit((l) => l + PAGE)}
              >
                {t('places.showMore', {
                  count: formatInteger(Math.min(PAGE, matching - shown.length)),
                })}
              </button>
            ) : null}
          </>
        )}
        <h3>{t('places.manual.title', { count: formatInteger(manual.length) })}</h3>
        <ManualPlacements
          rows={manual}
          busy={busy}
          onRemove={(id) => void actions.clearPlacement(id)}
        />
      </div>
    </Panel>
  );
}
