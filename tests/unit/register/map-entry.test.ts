/**
 * The register's JSON -> RegisterEntry: which address counts (business address for units,
 * location for sub-units), which fields are dropped when missing or of the wrong type, and how
 * the entry then places an organisation through the domain.
 */
import { describe, expect, it } from 'vitest';
import { placementFromRegister } from '../../../src/domain/membership/register';
import { deletedOn, toRegisterEntry } from '../../../src/io/enhetsregisteret/map-entry';
import { unitJson } from '../../support/fake-enhetsregisteret';

const BASE = 'http://127.0.0.1:1/enhetsregisteret/api';

describe('toRegisterEntry', () => {
  it('maps a unit in the documented shape', () => {
    const json = unitJson(
      {
        orgNumber: '923609016',
        name: 'TESTBEDRIFT ALFA AS',
        nace: ['62.010', 'Programmeringstjenester'],
        employees: 42,
        municipality: ['4601', 'Bergen'],
      },
      'enhet',
      BASE,
    );
    expect(toRegisterEntry(json, 'enhet')).toEqual({
      orgNumber: '923609016',
      name: 'TESTBEDRIFT ALFA AS',
      orgForm: 'AS',
      orgFormText: 'Aksjeselskap',
      naceCode: '62.010',
      naceText: 'Programmeringstjenester',
      employees: 42,
      municipalityNumber: '4601',
      countryCode: 'NO',
    });
  });

  it('takes a sub-unit’s location (beliggenhetsadresse), not its postal address', () => {
    const json = unitJson(
      { orgNumber: '982463718', name: 'AVD TRONDHEIM', municipality: ['5001', 'Trondheim'] },
      'underenhet',
      BASE,
    );
    const entry = toRegisterEntry(json, 'underenhet');
    expect(entry?.municipalityNumber).toBe('5001');
    expect(entry?.orgForm).toBe('BEDR');
    // Read as a main unit, the same JSON has no business address at all.
    expect(toRegisterEntry(json, 'enhet')?.municipalityNumber).toBeUndefined();
  });

  const cases: { name: string; unit: Record<string, unknown>; expected: unknown }[] = [
    { name: 'no number', unit: { navn: 'X' }, expected: null },
    { name: 'short number', unit: { organisasjonsnummer: '12345', navn: 'X' }, expected: null },
    { name: 'no name', unit: { organisasjonsnummer: '923609016' }, expected: null },
    {
      name: 'employees not registered',
      unit: {
        organisasjonsnummer: '923609016',
        navn: 'X',
        antallAnsatte: 0,
        harRegistrertAntallAnsatte: false,
      },
      expected: { orgNumber: '923609016', name: 'X' },
    },
    {
      name: 'wrong types dropped',
      unit: {
        organisasjonsnummer: '923 609 016',
        navn: ' X ',
        antallAnsatte: '12',
        naeringskode1: { kode: 62010 },
        forretningsadresse: { kommunenummer: 'Oslo', landkode: 'no' },
      },
      expected: { orgNumber: '923609016', name: 'X', countryCode: 'NO' },
    },
    { name: 'not an object', unit: 'text' as unknown as Record<string, unknown>, expected: null },
  ];
  it.each(cases)('$name', ({ unit, expected }) => {
    expect(toRegisterEntry(unit, 'enhet')).toEqual(expected);
  });

  it('reads the removal date of a removed unit', () => {
    expect(deletedOn({ organisasjonsnummer: '923609016', slettedato: '2023-06-30' })).toBe(
      '2023-06-30',
    );
    expect(deletedOn({ organisasjonsnummer: '923609016' })).toBeUndefined();
  });
});

describe('entries place organisations through the domain', () => {
  const place = (spec: Parameters<typeof unitJson>[0]) =>
    placementFromRegister(toRegisterEntry(unitJson(spec, 'enhet', BASE), 'enhet')!);

  it.each([
    ['0301', 'Oslo', '03'],
    ['3301', 'Drammen', '33'],
    ['5001', 'Trondheim', '50'],
  ] as const)('municipality %s (%s) -> county %s', (number, name, county) => {
    expect(place({ orgNumber: '923609016', name: 'X', municipality: [number, name] })).toEqual({
      kind: 'county',
      county,
      municipality: number,
      via: 'register',
    });
  });

  it('a foreign business address places abroad', () => {
    expect(place({ orgNumber: '923609016', name: 'X', countryCode: 'SE' })).toEqual({
      kind: 'abroad',
      via: 'register',
    });
  });
});
