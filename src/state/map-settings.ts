/**
 * The overlap map's and the member graph's settings as state changes (pure, like reducers.ts):
 * the overlap measure edges are drawn and filtered by, the threshold on it, the layout, what
 * colours and sizes the nodes, and whether the member graph shows every organisation. A pair
 * is visible (and selectable) when its value on the chosen measure reaches the threshold: whole
 * shared members for 'shared' (minShared), a ratio for the others (minRatio).
 */
import type { OverlapMeasureId } from '../domain/graph/overlap-measures';
import type { PageOverlap } from '../domain/page/model';
import { keepSelectable } from './selection';
import type { AppState } from './types';

export const MEASURE_IDS: readonly OverlapMeasureId[] = [
  'shared',
  'jaccard',
  'overlapCoefficient',
  'lift',
];
export const isMeasureId = (text: string): text is OverlapMeasureId =>
  (MEASURE_IDS as readonly string[]).includes(text);

export type MapLayoutId = 'force' | 'circle' | 'concentric';
export const MAP_LAYOUTS: readonly MapLayoutId[] = ['force', 'circle', 'concentric'];
export const isMapLayout = (text: string): text is MapLayoutId =>
  (MAP_LAYOUTS as readonly string[]).includes(text);

/** Node attributes that are not metrics: the member count, and "none" (one colour). */
export const MEMBERS = 'members';
export const NONE = 'none';

export interface MapSettings {
  readonly measure: OverlapMeasureId;
  /** Threshold for the ratio measures (Jaccard, overlap coefficient, lift). */
  readonly minRatio: number;
  readonly layout: MapLayoutId;
  /** What the concentric rings are by: 'members' or a metric id. */
  readonly ringsBy: string;
  /** 'none', 'members' or a metric id. */
  readonly colourBy: string;
  /** 'members' or a numeric metric id. */
  readonly sizeBy: string;
  /** The member graph: every organisation, not only those in two or more clusters. */
  readonly allOrgs: boolean;
}

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  measure: 'shared',
  minRatio: 0,
  layout: 'force',
  ringsBy: MEMBERS,
  colourBy: NONE,
  sizeBy: MEMBERS,
  allOrgs: false,
};

export const settingsOf = (s: AppState): MapSettings => s.mapSettings ?? DEFAULT_MAP_SETTINGS;

/** A pair's value on a measure. */
export const measureValue = (o: PageOverlap, measure: OverlapMeasureId): number => o[measure];

/** Whether the pair reaches the map's threshold on the chosen measure. */
export function pairShown(s: AppState, o: PageOverlap): boolean {
  const { measure, minRatio } = settingsOf(s);
  return measure === 'shared' ? o.shared >= s.minShared : measureValue(o, measure) >= minRatio;
}

export function setMapSettings(state: AppState, change: Partial<MapSettings>): AppState {
  const before = settingsOf(state);
  const next = { ...before, ...change };
  if (change.minRatio !== undefined) {
    next.minRatio = Number.isFinite(change.minRatio) ? Math.max(0, change.minRatio) : 0;
  }
  // A ratio threshold means nothing on another ratio's scale: a new measure starts from 0.
  if (
    change.measure !== undefined &&
    change.measure !== before.measure &&
    change.minRatio === undefined
  )
    next.minRatio = 0;
  const same = (Object.keys(next) as (keyof MapSettings)[]).every((k) => next[k] === before[k]);
  return same ? state : keepSelectable({ ...state, mapSettings: next });
}
