/**
 * The 2024 counties (names, numbers, map centroids) and the older county names lists still use:
 * 2020-23 (Viken, Vestfold og Telemark, Troms og Finnmark) and pre-2020 (Buskerud, Hedmark ...).
 * Data: data/geo/counties.json (Kartverket, via shared/reference; see data/geo/README.md).
 */
import countiesJson from '../../../data/geo/counties.json';
import { foldedKey, nameParts, placeKey, withoutAdministrativeSuffix } from './place-text';
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
  // The Sámi and Kven forms of official county names, as written on their own.
  romsa: ['55'],
  tromssa: ['55'],
  finnmárku: ['56'],
  finmarkku: ['56'],
  nordlánnda: ['18'],
  trööndelage: ['50'],
  'romsa ja finnmárku': ['55', '56'],
  'tromssa ja finmarkku': ['55', '56'],
};

/** Every county name (2024 and older), ASCII-folded, to the 2024 counties it may mean. */
const BY_FOLDED_NAME = new Map<string, readonly CountyNumber[]>([
  ...Object.entries(OLD_NAMES)
    .filter(([name]) => !/^\d+$/.test(name))
    .map(([name, numbers]) => [foldedKey(name), numbers] as const),
  ...COUNTIES_2024.map((c) => [foldedKey(c.name), [c.number]] as const),
]);

function countiesFromKey(raw: string): readonly CountyNumber[] {
  const key = withoutAdministrativeSuffix(raw);
  if (key === '') return [];
  const padded = /^\d$/.test(key) ? `0${key}` : key;
  if (isCountyNumber(padded)) return [padded];
  const byName = COUNTIES_2024.find((c) => c.name.toLowerCase() === key);
  if (byName) return [byName.number];
  return (
    (Object.hasOwn(OLD_NAMES, padded) ? OLD_NAMES[padded] : undefined) ??
    BY_FOLDED_NAME.get(foldedKey(key)) ??
    []
  );
}

/**
 * The 2024 counties a written county (name or number, any period) may mean: one for a clear
 * answer, several for a split county such as Viken, none when unknown. An official name with its
 * Sámi and Kven forms ("Troms – Romsa – Tromssa") is known by any of its parts.
 */
export function countiesFromText(text: string): readonly CountyNumber[] {
  for (const part of nameParts(text)) {
    const found = countiesFromKey(placeKey(part));
    if (found.length > 0) return found;
  }
  return [];
}
