/**
 * The 2024 counties (names, numbers, map centroids) and the older county names lists still use:
 * 2020-23 (Viken, Vestfold og Telemark, Troms og Finnmark) and pre-2020 (Buskerud, Hedmark ...).
 * Data: data/geo/counties.json (Kartverket, via shared/reference; see data/geo/README.md).
 */
import countiesJson from '../../../data/geo/counties.json';
import type { CountyNumber } from './types';

export interface County {
  readonly number: CountyNumber;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly adminCentre: string;
}

interface CountyRow {
  readonly number: string;
  readonly name: string;
  readonly valid: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly adminCentre?: string;
}

/** The 15 counties from 1 January 2024, in official number order. */
export const COUNTIES_2024: readonly County[] = (countiesJson as readonly CountyRow[])
  .filter((c) => c.lat !== undefined && !c.valid.endsWith('2023'))
  .map((c) => ({
    number: c.number as CountyNumber,
    name: c.name,
    lat: c.lat!,
    lon: c.lon!,
    adminCentre: c.adminCentre ?? c.name,
  }));

const BY_NUMBER = new Map(COUNTIES_2024.map((c) => [c.number, c]));

export function isCountyNumber(value: string): value is CountyNumber {
  return BY_NUMBER.has(value as CountyNumber);
}

export function countyName(number: CountyNumber): string {
  return BY_NUMBER.get(number)!.name;
}

/** Counties that ended on 1 January 2024, and the 2024 counties each became. */
export const SPLIT_COUNTIES: Readonly<Record<string, readonly CountyNumber[]>> = {
  '30': ['31', '32', '33'],
  '38': ['39', '40'],
  '54': ['55', '56'],
};

/** Older names for a place in one or more 2024 counties (lower case). */
const OLD_NAMES: Readonly<Record<string, readonly CountyNumber[]>> = {
  viken: ['31', '32', '33'],
  'vestfold og telemark': ['39', '40'],
  'troms og finnmark': ['55', '56'],
  hedmark: ['34'],
  oppland: ['34'],
  'aust-agder': ['42'],
  'vest-agder': ['42'],
  hordaland: ['46'],
  'sogn og fjordane': ['46'],
  'sør-trøndelag': ['50'],
  'nord-trøndelag': ['50'],
  // Old numbers of counties that kept their area but changed number.
  '01': ['31'],
  '02': ['32'],
  '06': ['33'],
  '07': ['39'],
  '08': ['40'],
  '04': ['34'],
  '05': ['34'],
  '09': ['42'],
  '10': ['42'],
  '12': ['46'],
  '14': ['46'],
  '16': ['50'],
  '17': ['50'],
  '19': ['55'],
  '20': ['56'],
  '30': ['31', '32', '33'],
  '38': ['39', '40'],
  '54': ['55', '56'],
};

/**
 * The 2024 counties a written county (name or number, any period) may mean: one for a clear
 * answer, several for a split county such as Viken, none when unknown.
 */
export function countiesFromText(text: string): readonly CountyNumber[] {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ fylke(skommune)?$/, '');
  if (key === '') return [];
  const padded = /^\d$/.test(key) ? `0${key}` : key;
  if (isCountyNumber(padded)) return [padded];
  const byName = COUNTIES_2024.find((c) => c.name.toLowerCase() === key);
  if (byName) return [byName.number];
  return OLD_NAMES[padded] ?? OLD_NAMES[key.replace(/\s*-\s*/g, '-')] ?? [];
}
