/**
 * Where an organisation counts in per-county tables: its 2024 county name, "Utlandet" when it is
 * abroad, "Ukjent" when unknown or ambiguous (an old "Viken" without a municipality could be any
 * of three counties, and guessing one would move members between counties). The two extra labels
 * are Norwegian because they sit beside Norwegian county names in the same table.
 */
import { COUNTIES_2024, countyName } from '../geo/counties';
import type { Placement } from '../geo/types';

export const ABROAD_LABEL = 'Utlandet';
export const UNKNOWN_LABEL = 'Ukjent';

export function placeLabel(placement: Placement): string {
  switch (placement.kind) {
    case 'county':
      return countyName(placement.county);
    case 'abroad':
      return ABROAD_LABEL;
    case 'ambiguous':
    case 'unknown':
      return UNKNOWN_LABEL;
  }
}

/** Labels in table order: counties by number, then abroad, then unknown. */
export const PLACE_LABEL_ORDER: readonly string[] = [
  ...COUNTIES_2024.map((c) => c.name),
  ABROAD_LABEL,
  UNKNOWN_LABEL,
];
