/**
 * One unit of the register's JSON -> the RegisterEntry the domain applies. The register leaves
 * fields out freely (no employees registered, no business address for some units), so every
 * field but the number and name is optional, and a value of the wrong type is dropped rather
 * than trusted.
 */
import type { RegisterEntry } from '../../domain/membership/register';
import type { ApiAddress, ApiUnit, UnitKind } from './types';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The address that says where the unit works: business address, or location for sub-units. */
function workAddress(unit: ApiUnit, kind: UnitKind): ApiAddress | undefined {
  const address = kind === 'enhet' ? unit.forretningsadresse : unit.beliggenhetsadresse;
  return address && typeof address === 'object' ? address : undefined;
}

/** The unit's organisation number, when it is nine digits; null for anything else. */
export function unitNumber(unit: unknown): string | null {
  if (!unit || typeof unit !== 'object') return null;
  const raw = (unit as ApiUnit).organisasjonsnummer;
  const digits = typeof raw === 'string' ? raw.replace(/\s+/g, '') : '';
  return /^\d{9}$/.test(digits) ? digits : null;
}

/** null when the unit has no usable number or name (not an answer we can apply). */
export function toRegisterEntry(unit: unknown, kind: UnitKind): RegisterEntry | null {
  const orgNumber = unitNumber(unit);
  if (!orgNumber) return null;
  const u = unit as ApiUnit;
  const name = text(u.navn);
  if (!name) return null;
  const address = workAddress(u, kind);
  const municipality = text(address?.kommunenummer);
  const country = text(address?.landkode);
  const employees =
    typeof u.antallAnsatte === 'number' &&
    Number.isInteger(u.antallAnsatte) &&
    u.antallAnsatte >= 0 &&
    u.harRegistrertAntallAnsatte !== false
      ? u.antallAnsatte
      : undefined;
  const orgForm = text(u.organisasjonsform?.kode);
  const orgFormText = text(u.organisasjonsform?.beskrivelse);
  const naceCode = text(u.naeringskode1?.kode);
  const naceText = text(u.naeringskode1?.beskrivelse);
  const municipalityNumber =
    municipality && /^\d{4}$/.test(municipality) ? municipality : undefined;
  const countryCode = country?.toUpperCase();
  return {
    orgNumber,
    name,
    ...(orgForm ? { orgForm } : {}),
    ...(orgFormText ? { orgFormText } : {}),
    ...(naceCode ? { naceCode } : {}),
    ...(naceText ? { naceText } : {}),
    ...(employees !== undefined ? { employees } : {}),
    ...(municipalityNumber ? { municipalityNumber } : {}),
    ...(countryCode ? { countryCode } : {}),
  };
}

/** The removal date a unit carries, if the register marks it as removed. */
export function deletedOn(unit: unknown): string | undefined {
  return unit && typeof unit === 'object' ? text((unit as ApiUnit).slettedato) : undefined;
}
