/**
 * Municipalities of 2024 and the 2020-23 numbers that changed on 1 January 2024.
 * Data: data/geo/*.json (SSB classification 131 via shared/reference; see data/geo/README.md).
 */
import crosswalkJson from '../../../data/geo/municipality-crosswalk-2020-2024.json';
import municipalitiesJson from '../../../data/geo/municipalities-2024.json';
import { foldedKey, nameParts, placeKey, withoutAdministrativeSuffix } from './place-text';
import type { CountyNumber } from './types';

export interface Municipality {
  readonly number: string;
  readonly name: string;
  readonly county: CountyNumber;
  readonly officialName: string;
}

export const MUNICIPALITIES_2024: readonly Municipality[] =
  municipalitiesJson as readonly Municipality[];

const BY_NUMBER = new Map(MUNICIPALITIES_2024.map((m) => [m.number, m]));

/** 2020-23 number -> 2024 numbers (1507 Ålesund split in two; all others map to one). */
const CROSSWALK = new Map<string, string[]>();
for (const row of crosswalkJson as readonly { number2020: string; number2024: string }[]) {
  CROSSWALK.set(row.number2020, [...(CROSSWALK.get(row.number2020) ?? []), row.number2024]);
}

export function municipalityByNumber2024(number: string): Municipality | undefined {
  return BY_NUMBER.get(number);
}

/**
 * The 2024 municipalities a written number may mean: a 2024 number is itself; a 2020-23 number
 * goes through the crosswalk. Three-digit numbers get their lost leading zero back (Excel).
 */
export function municipalitiesFromNumber(text: string): readonly Municipality[] {
  let digits = text.trim().replace(/\.0+$/, '');
  if (!/^\d{3,4}$/.test(digits)) return [];
  if (digits.length === 3) digits = `0${digits}`;
  const renumbered = CROSSWALK.get(digits);
  if (renumbered) return renumbered.map((n) => BY_NUMBER.get(n)!).filter(Boolean);
  const current = BY_NUMBER.get(digits);
  return current ? [current] : [];
}

function nameKey(name: string): string {
  return placeKey(name);
}

const BY_NAME = new Map<string, Municipality[]>();
const BY_FOLDED_NAME = new Map<string, Municipality[]>();
const addTo = (map: Map<string, Municipality[]>, key: string, m: Municipality) => {
  const list = map.get(key);
  if (!list) map.set(key, [m]);
  else if (!list.includes(m)) list.push(m);
};
for (const m of MUNICIPALITIES_2024) {
  const keys = new Set([
    nameKey(m.name),
    nameKey(m.officialName),
    nameKey(m.name.replace(/\s*\(.*\)$/, '')),
  ]);
  for (const part of m.officialName.split(' - ')) keys.add(nameKey(part));
  for (const key of keys) {
    addTo(BY_NAME, key, m);
    addTo(BY_FOLDED_NAME, foldedKey(key), m);
  }
}

/**
 * Municipalities with this name (two for Herøy and Våler unless the county is written): exact
 * first, then with "kommune" dropped, then by any part of a name with other-language forms,
 * then ASCII-folded ("Baerum", "Tromso").
 */
export function municipalitiesFromName(text: string): readonly Municipality[] {
  for (const part of nameParts(text)) {
    const key = placeKey(part);
    const found =
      BY_NAME.get(key) ??
      BY_NAME.get(withoutAdministrativeSuffix(key)) ??
      BY_FOLDED_NAME.get(foldedKey(withoutAdministrativeSuffix(key)));
    if (found) return found;
  }
  return [];
}
