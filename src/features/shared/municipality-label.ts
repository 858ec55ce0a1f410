/**
 * The municipality of an Enhetsregisteret entry in words, "Oslo (0301)", or the country code of
 * one abroad. Shared by the register's result list and the organisation facts in member lists.
 */
import { municipalityByNumber2024 } from '../../domain/geo/municipalities';
import type { RegisterEntry } from '../../domain/membership/register';

export function municipalityLabel(entry: RegisterEntry): string {
  if (!entry.municipalityNumber)
    return entry.countryCode && entry.countryCode !== 'NO' ? entry.countryCode : '';
  const m = municipalityByNumber2024(entry.municipalityNumber);
  return m ? `${m.name} (${m.number})` : entry.municipalityNumber;
}
