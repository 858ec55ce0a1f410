/**
 * The county views' settings: the matrix's measure, scheme, sorts and row cut, and the member
 * charts' scheme and count/share toggles. Apart from the app store (only these views read them)
 * but in the URL like the map's threshold: url-sync.ts reads and writes them through the typed
 * filters of url-state.ts. Every change goes through `setCountyView` with a pure merge.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CountySchemeId } from '../domain/geo/schemes';

export type CountyMeasure = 'perMember' | 'pairs' | 'lift';
export const COUNTY_MEASURES: readonly CountyMeasure[] = ['perMember', 'pairs', 'lift'];
export const isCountyMeasure = (v: string): v is CountyMeasure =>
  (COUNTY_MEASURES as readonly string[]).includes(v);

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
}

export const COUNTY_VIEW_DEFAULTS: CountyViewState = {
  measure: 'perMember',
  scheme: '2024',
  rowSort: 'order',
  columnSort: 'order',
  rows: 'all',
  whereScheme: 'region',
  whereMode: 'share',
  typeMode: 'share',
};

const store = createStore<CountyViewState>()(() => COUNTY_VIEW_DEFAULTS);

export const getCountyView = (): CountyViewState => store.getState();

export const subscribeCountyView = (listener: (state: CountyViewState) => void): (() => void) =>
  store.subscribe(listener);

export function setCountyView(patch: Partial<CountyViewState>): void {
  const current = store.getState();
  const next = { ...current, ...patch };
  const changed = (Object.keys(next) as (keyof CountyViewState)[]).some(
    (k) => next[k] !== current[k],
  );
  if (changed) store.setState(next, true);
}

export function useCountyView<T>(selector: (state: CountyViewState) => T): T {
  return useStore(store, selector);
}
