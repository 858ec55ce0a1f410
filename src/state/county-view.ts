/**
 * The county views' settings: the measure and scheme the matrix and the map share, the matrix's
 * sorts and row cut, the member charts' scheme and count/share toggles, and the county map's
 * threshold (links below it are hidden, in the measure's units). Apart from the app store (only
 * these views read them) but in the URL: url-sync.ts reads and writes them through the typed
 * filters of url-state.ts. Every change goes through `setCountyView` with a pure merge
 * (`mergeCountyView`): a new measure or scheme changes what the threshold means, so unless the
 * same change sets it, the threshold goes back to 0 (every link shown).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CountySchemeId } from '../domain/geo/schemes';
import {
  COUNTY_MEASURES,
  DEFAULT_COUNTY_MEASURE,
  isCountyMeasure,
  type CountyMeasure,
} from '../domain/graph/county-measure';

export { COUNTY_MEASURES, isCountyMeasure, type CountyMeasure };

/** Rows: scheme order, name, row total, or the values of one column (a unit id). */
export type RowSort = 'order' | 'name' | 'total' | `col-${string}`;
/** Columns: scheme order, name, column total. */
export type ColumnSort = 'order' | 'name' | 'total';
/** All rows, or the report's three (Akershus, Buskerud, Østfold). */
export type MatrixRows = 'all' | 'report';
export type ChartMode = 'count' | 'share';

export interface CountyViewState {
  readonly measure: CountyMeasure;
  readonly scheme: CountySchemeId;
  readonly rowSort: RowSort;
  readonly columnSort: ColumnSort;
  readonly rows: MatrixRows;
  /** Fig. 3-4's scheme (the report's own split is 'region'). */
  readonly whereScheme: CountySchemeId;
  readonly whereMode: ChartMode;
  readonly typeMode: ChartMode;
  /** The county map's threshold, in the units of `measure` (0: every link shown). */
  readonly countyMapMin: number;
}

export const COUNTY_VIEW_DEFAULTS: CountyViewState = {
  measure: DEFAULT_COUNTY_MEASURE,
  scheme: '2024',
  rowSort: 'order',
  columnSort: 'order',
  rows: 'all',
  whereScheme: 'region',
  whereMode: 'share',
  typeMode: 'share',
  countyMapMin: 0,
};

const store = createStore<CountyViewState>()(() => COUNTY_VIEW_DEFAULTS);

export const getCountyView = (): CountyViewState => store.getState();

export const subscribeCountyView = (listener: (state: CountyViewState) => void): (() => void) =>
  store.subscribe(listener);

/** `current` with `patch` applied; the map threshold normalised (not finite or below 0: 0). */
export function mergeCountyView(
  current: CountyViewState,
  patch: Partial<CountyViewState>,
): CountyViewState {
  const next = { ...current, ...patch };
  const reframed = next.measure !== current.measure || next.scheme !== current.scheme;
  const min = patch.countyMapMin ?? (reframed ? 0 : current.countyMapMin);
  return { ...next, countyMapMin: Number.isFinite(min) && min > 0 ? min : 0 };
}

export function setCountyView(patch: Partial<CountyViewState>): void {
  const current = store.getState();
  const next = mergeCountyView(current, patch);
  const changed = (Object.keys(next) as (keyof CountyViewState)[]).some(
    (k) => next[k] !== current[k],
  );
  if (changed) store.setState(next, true);
}

export function useCountyView<T>(selector: (state: CountyViewState) => T): T {
  return useStore(store, selector);
}
