/**
 * Placing an organisation in a 2024 county from what its row says: a municipality number (2024,
 * or 2020-23 through the crosswalk), a municipality name, a county (2024, 2020-23 or pre-2020
 * names and numbers) or a country. The most specific hint wins; a 2020-23 "Viken" without a
 * municipality is ambiguous and says so, rather than guessing.
 */
import { countiesFromText, countyName } from './counties';
import {
  municipalitiesFromName,
  municipalitiesFromNumber,
  type Municipality,
} from './municipalities';
import { listParam, message } from '../messages/make';
import type { CountyNumber, PlaceHints, Placement } from './types';

/**
 * Words a country column uses for Norway: "Norge", "NO", "N", "NOR", "Norge (NO)",
 * "NO - Norge", "Kongeriket Norge", "Kingdom of Norway". Norway when every word is one of these.
 */
const NAMES_OF_NORWAY: ReadonlySet<string> = new Set([
  'n',
  'no',
  'nor',
  'norge',
  'noreg',
  'norway',
  'norwegen',
  'norvège',
  'norvege',
]);
const FILLER_WORDS: ReadonlySet<string> = new Set(['kongeriket', 'kingdom', 'of', 'the']);

function isNorway(country: string): boolean {
  const words = country
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
  return (
    words.length > 0 &&
    words.every((w) => NAMES_OF_NORWAY.has(w) || FILLER_WORDS.has(w)) &&
    words.some((w) => NAMES_OF_NORWAY.has(w))
  );
}

const ABROAD = /^(utlandet|utland|abroad|foreign|utenlands)$/i;

function onlyCounty(municipalities: readonly Municipality[]): CountyNumber | null {
  const counties = new Set(municipalities.map((m) => m.county));
  return counties.size === 1 ? municipalities[0]!.county : null;
}

function fromMunicipalities(
  found: readonly Municipality[],
  countyHint: readonly CountyNumber[],
  via: 'municipality-number' | 'municipality-name',
): Placement | null {
  const narrowed =
    countyHint.length > 0 ? found.filter((m) => countyHint.includes(m.county)) : found;
  const candidates = narrowed.length > 0 ? narrowed : found;
  if (candidates.length === 1) {
    return {
      kind: 'county',
      county: candidates[0]!.county,
      municipality: candidates[0]!.number,
      via,
    };
  }
  const county = onlyCounty(candidates);
  return county ? { kind: 'county', county, via } : null;
}

export function placeFromHints(hints: PlaceHints): Placement {
  const country = hints.country?.trim() ?? '';
  const countyText = hints.county?.trim() ?? '';
  if ((country !== '' && !isNorway(country)) || ABROAD.test(countyText)) {
    return { kind: 'abroad', via: country !== '' ? 'country' : 'county' };
  }
  const countyHint = countiesFromText(countyText);

  if (hints.municipalityNumber?.trim()) {
    const found = municipalitiesFromNumber(hints.municipalityNumber);
    const placed = fromMunicipalities(found, countyHint, 'municipality-number');
    if (placed) return placed;
  }
  // A "Kommune" column often holds the number ("0301", "301", "3201"), not the name.
  if (hints.municipalityName && /^\d{3,4}(\.0+)?$/.test(hints.municipalityName.trim())) {
    const found = municipalitiesFromNumber(hints.municipalityName);
    const placed = fromMunicipalities(found, countyHint, 'municipality-number');
    if (placed) return placed;
  }
  if (hints.municipalityName?.trim()) {
    const found = municipalitiesFromName(hints.municipalityName);
    const placed = fromMunicipalities(found, countyHint, 'municipality-name');
    if (placed) return placed;
    if (found.length > 1 && countyHint.length === 0) {
      return {
        kind: 'ambiguous',
        candidates: [...new Set(found.map((m) => m.county))],
        reason: message('place.municipality-in-counties', {
          name: hints.municipalityName.trim(),
          counties: listParam([...new Set(found.map((m) => countyName(m.county)))]),
        }),
      };
    }
  }
  if (countyHint.length === 1) return { kind: 'county', county: countyHint[0]!, via: 'county' };
  if (countyHint.length > 1) {
    return {
      kind: 'ambiguous',
      candidates: countyHint,
      reason: message('place.split-county', {
        text: countyText,
        counties: listParam(countyHint.map(countyName)),
      }),
    };
  }
  const given = [hints.municipalityNumber, hints.municipalityName, hints.county, hints.postalCode]
    .map((v) => v?.trim())
    .filter((v): v is string => !!v);
  return {
    kind: 'unknown',
    reason:
      given.length === 0
        ? message('place.nothing')
        : message('place.not-known', { text: given.join(', ') }),
  };
}
