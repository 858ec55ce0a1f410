/**
 * County schemes: the ways a table or map may group 2024 counties into rows and columns.
 * - `2024`: the 15 counties of 2024, in county number order (the default).
 * - `report`: the 13 rows/columns of the Menon report's fig. 3-5 (Viken split into its three
 *   2024 counties, Vestfold og Telemark and Troms og Finnmark kept whole), in the report's order.
 * - `2020-23`: the 11 counties of 2020-2023 (Viken whole), in their number order. Each unit lists
 *   the 2024 counties it is made of, so a map can merge 2024 polygons into 2020-23 ones.
 * - `region`: Oslo, Viken (Østfold + Akershus + Buskerud) and the rest of Norway.
 *
 * Where a member falls: a member placed in a 2024 county falls in the unit holding that county.
 * A member placed only ambiguously (e.g. "Viken" or "Vestfold og Telemark" without a
 * municipality: placement kind 'ambiguous' with the candidate 2024 counties) falls in a unit when
 * ALL its candidates lie in that one unit, so "Viken" is placed under `2020-23` and `region` but
 * not under `2024` or `report`, and "Vestfold og Telemark" under every scheme but `2024`. Members
 * abroad never fall in a unit.
 */
import type { CountyNumber, Placement } from './types';

export type CountySchemeId = '2024' | 'report' | '2020-23' | 'region';

export const COUNTY_SCHEME_IDS: readonly CountySchemeId[] = ['2024', 'report', '2020-23', 'region'];

export interface SchemeUnit {
  /** Stable id: the 2024 or 2020-23 county number, or 'oslo' | 'viken' | 'rest' for regions. */
  readonly id: string;
  /** Display name (bokmål, as in the data and the report). */
  readonly name: string;
  /** Name in English where it differs (only "Resten av landet"). */
  readonly nameEn?: string;
  /** The 2024 counties that make the unit. */
  readonly counties: readonly CountyNumber[];
}

export interface CountyScheme {
  readonly id: CountySchemeId;
  /** Units in display order. */
  readonly units: readonly SchemeUnit[];
}

const u = (id: string, name: string, counties: readonly CountyNumber[]): SchemeUnit => ({
  id,
  name,
  counties,
});

const OSLO = u('03', 'Oslo', ['03']);
const ROGALAND = u('11', 'Rogaland', ['11']);
const MORE = u('15', 'Møre og Romsdal', ['15']);
const NORDLAND = u('18', 'Nordland', ['18']);
const OSTFOLD = u('31', 'Østfold', ['31']);
const AKERSHUS = u('32', 'Akershus', ['32']);
const BUSKERUD = u('33', 'Buskerud', ['33']);
const INNLANDET = u('34', 'Innlandet', ['34']);
const AGDER = u('42', 'Agder', ['42']);
const VESTLAND = u('46', 'Vestland', ['46']);
const TRONDELAG = u('50', 'Trøndelag', ['50']);
const VESTFOLD_TELEMARK = u('38', 'Vestfold og Telemark', ['39', '40']);
const TROMS_FINNMARK = u('54', 'Troms og Finnmark', ['55', '56']);
const VIKEN = u('30', 'Viken', ['31', '32', '33']);

const ALL_2024: readonly CountyNumber[] = [
  '03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56',
]; // prettier-ignore

export const COUNTY_SCHEMES: ReadonlyMap<CountySchemeId, CountyScheme> = new Map<
  CountySchemeId,
  CountyScheme
>([
  [
    '2024',
    {
      id: '2024',
      units: [
        OSLO, ROGALAND, MORE, NORDLAND, OSTFOLD, AKERSHUS, BUSKERUD, INNLANDET,
        u('39', 'Vestfold', ['39']), u('40', 'Telemark', ['40']), AGDER, VESTLAND, TRONDELAG,
        u('55', 'Troms', ['55']), u('56', 'Finnmark', ['56']),
      ], // prettier-ignore
    },
  ],
  [
    'report',
    {
      id: 'report',
      units: [
        OSLO, AKERSHUS, BUSKERUD, OSTFOLD, INNLANDET, VESTFOLD_TELEMARK, AGDER, ROGALAND,
        VESTLAND, MORE, TRONDELAG, NORDLAND, TROMS_FINNMARK,
      ], // prettier-ignore
    },
  ],
  [
    '2020-23',
    {
      id: '2020-23',
      units: [
        OSLO, ROGALAND, MORE, NORDLAND, VIKEN, INNLANDET, VESTFOLD_TELEMARK, AGDER, VESTLAND,
        TRONDELAG, TROMS_FINNMARK,
      ], // prettier-ignore
    },
  ],
  [
    'region',
    {
      id: 'region',
      units: [
        u('oslo', 'Oslo', ['03']),
        u('viken', 'Viken', ['31', '32', '33']),
        {
          id: 'rest',
          name: 'Resten av landet',
          nameEn: 'Rest of Norway',
          counties: ALL_2024.filter((c) => !['03', '31', '32', '33'].includes(c)),
        },
      ],
    },
  ],
]);

export function isCountySchemeId(value: string): value is CountySchemeId {
  return (COUNTY_SCHEME_IDS as readonly string[]).includes(value);
}

export function countyScheme(id: CountySchemeId): CountyScheme {
  return COUNTY_SCHEMES.get(id)!;
}

const UNIT_BY_ID: ReadonlyMap<string, SchemeUnit> = new Map(
  [...COUNTY_SCHEMES.values()].flatMap((s) => s.units.map((unit) => [unit.id, unit] as const)),
);

/** The unit with this id in any scheme (ids mean the same unit in every scheme that has them). */
export function schemeUnit(id: string): SchemeUnit | undefined {
  return UNIT_BY_ID.get(id);
}

/**
 * The 2020-23 merge for a map: each 2020-23 county number with the 2024 counties whose polygons
 * make it (one for the counties that did not change).
 */
export const MERGE_2020_23: ReadonlyMap<string, readonly CountyNumber[]> = new Map(
  countyScheme('2020-23').units.map((unit) => [unit.id, unit.counties]),
);

/** Why a member has no unit under a scheme. */
export type UnplacedReason = 'abroad' | 'unknown' | 'ambiguous';

/** A member's unit index under a scheme, or why it has none. */
export type SchemePlace =
  | { readonly unit: number; readonly reason?: undefined }
  | { readonly unit: -1; readonly reason: UnplacedReason };

/** A placement -> unit function for one scheme (a lookup table built once). */
export function schemePlacer(scheme: CountyScheme): (placement: Placement) => SchemePlace {
  const unitOf = new Map<CountyNumber, number>();
  scheme.units.forEach((unit, i) => unit.counties.forEach((c) => unitOf.set(c, i)));
  return (placement) => {
    switch (placement.kind) {
      case 'county': {
        const unit = unitOf.get(placement.county);
        return unit === undefined ? { unit: -1, reason: 'unknown' } : { unit };
      }
      case 'abroad':
        return { unit: -1, reason: 'abroad' };
      case 'unknown':
        return { unit: -1, reason: 'unknown' };
      case 'ambiguous': {
        const units = new Set(placement.candidates.map((c) => unitOf.get(c) ?? -1));
        const [only] = units;
        return units.size === 1 && only !== undefined && only >= 0
          ? { unit: only }
          : { unit: -1, reason: 'ambiguous' };
      }
    }
  };
}
