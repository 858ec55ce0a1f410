/**
 * The county views' settings as pure state changes: the measure (pairs, per member, lift) and
 * the county scheme the county-link views share, and the county map's threshold (links below it
 * are hidden, in the measure's units). A new measure or scheme changes what the threshold means,
 * so it goes back to 0 (every link shown).
 */
import { isCountySchemeId, type CountySchemeId } from '../domain/geo/schemes';
import {
  DEFAULT_COUNTY_MEASURE,
  isCountyMeasure,
  type CountyMeasure,
} from '../domain/graph/county-measure';
import type { AppState } from './types';

export const COUNTY_VIEW_DEFAULTS = {
  measure: DEFAULT_COUNTY_MEASURE as CountyMeasure,
  scheme: '2024' as CountySchemeId,
  countyMapMin: 0,
} as const;

export function setMeasure(state: AppState, measure: string): AppState {
  if (!isCountyMeasure(measure) || measure === state.measure) return state;
  return { ...state, measure, countyMapMin: 0 };
}

export function setScheme(state: AppState, scheme: string): AppState {
  if (!isCountySchemeId(scheme) || scheme === state.scheme) return state;
  return { ...state, scheme, countyMapMin: 0 };
}

export function setCountyMapMin(state: AppState, value: number): AppState {
  const countyMapMin = Number.isFinite(value) && value > 0 ? value : 0;
  return countyMapMin === state.countyMapMin ? state : { ...state, countyMapMin };
}
