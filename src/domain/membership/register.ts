/**
 * What Brønnøysundregistrene's Enhetsregisteret says about an organisation number, reduced to
 * the fields klyngekart uses. Looked up only when the user turns the online feature on; the
 * domain just applies entries it is given.
 */
import type { CountyNumber } from '../geo/types';
import { municipalitiesFromNumber } from '../geo/municipalities';
import type { Placement } from '../geo/types';

export interface RegisterEntry {
  readonly orgNumber: string;
  readonly name: string;
  /** Organisation form code and text, e.g. "AS" / "Aksjeselskap". */
  readonly orgForm?: string;
  readonly orgFormText?: string;
  readonly naceCode?: string;
  readonly naceText?: string;
  readonly employees?: number;
  /** Business address municipality number (2024), and country code when abroad. */
  readonly municipalityNumber?: string;
  readonly countryCode?: string;
}

export function placementFromRegister(entry: RegisterEntry): Placement | null {
  if (entry.countryCode && entry.countryCode.toUpperCase() !== 'NO')
    return { kind: 'abroad', via: 'register' };
  if (!entry.municipalityNumber) return null;
  const found = municipalitiesFromNumber(entry.municipalityNumber);
  if (found.length !== 1) return null;
  return {
    kind: 'county',
    county: found[0]!.county as CountyNumber,
    municipality: found[0]!.number,
    via: 'register',
  };
}
