/**
 * Places as real lists write them, which once sent members abroad or left them unplaced: Norway
 * spelled many ways in a country column, official county names with their Sámi and Kven forms,
 * "Oslo kommune", ASCII spellings without æ, ø, å, pre-2020 county names with a space for the
 * hyphen, and municipality numbers in a column meant for the municipality's name.
 */
import { describe, expect, it } from 'vitest';

import { countiesFromText } from '../../../src/domain/geo/counties';
import { municipalitiesFromName } from '../../../src/domain/geo/municipalities';
import { placeFromHints } from '../../../src/domain/geo/place';
import type { PlaceHints } from '../../../src/domain/geo/types';

describe('Norway in a country column', () => {
  it.each([
    'Norge',
    'Norge (NO)',
    'Kongeriket Norge',
    'N',
    'NO - Norge',
    'NOR',
    'Norway',
    'NORWAY',
    'Kingdom of Norway',
    'no',
    'Noreg',
  ])('%j with Oslo is Oslo, not abroad', (country) => {
    expect(placeFromHints({ country, municipalityName: 'Oslo' })).toMatchObject({
      kind: 'county',
      county: '03',
    });
  });

  it.each(['Sverige', 'Danmark', 'SE', 'Norfolk', 'Kingdom of Denmark', 'USA'])(
    '%j is abroad',
    (country) => {
      expect(placeFromHints({ country, municipalityName: 'Oslo' }).kind).toBe('abroad');
    },
  );
});

describe('counties as written', () => {
  it.each([
    ['Troms – Romsa – Tromssa', ['55']],
    ['Troms - Romsa - Tromssa', ['55']],
    ['Romsa', ['55']],
    ['Finnmark – Finnmárku – Finmarkku', ['56']],
    ['Finnmárku', ['56']],
    ['Nordland – Nordlánnda', ['18']],
    ['Trøndelag – Trööndelage', ['50']],
    ['Oslo kommune', ['03']],
    ['Ostfold', ['31']],
    ['OSTFOLD', ['31']],
    ['More og Romsdal', ['15']],
    ['Trondelag', ['50']],
    ['Sor-Trondelag', ['50']],
    ['Vest Agder', ['42']],
    ['Vest-Agder', ['42']],
    ['Aust-Agder', ['42']],
    ['Aust Agder', ['42']],
    ['Vest - Agder', ['42']],
    ['Agder fylkeskommune', ['42']],
    ['Vestland fylke', ['46']],
    ['Viken', ['31', '32', '33']],
    ['Troms og Finnmark – Romsa ja Finnmárku', ['55', '56']],
    ['Atlantis', []],
    ['constructor', []],
    ['__proto__', []],
    ['toString', []],
  ])('%j -> %j', (text, counties) => {
    expect(countiesFromText(text)).toEqual(counties);
  });
});

describe('municipalities as written', () => {
  it.each([
    ['Oslo kommune', ['0301']],
    ['Baerum', ['3201']],
    ['Bærum kommune', ['3201']],
    ['Tromso', ['5501']],
    ['Tromsø – Romsa – Tromssa', ['5501']],
    ['Alesund', ['1508']],
  ])('%j -> %j', (text, numbers) => {
    expect(municipalitiesFromName(text).map((m) => m.number)).toEqual(numbers);
  });
});

describe('placeFromHints with hostile hints', () => {
  it.each<[PlaceHints, string, string | undefined]>([
    [{ municipalityName: '0301' }, '03', '0301'],
    [{ municipalityName: '301' }, '03', '0301'],
    [{ municipalityName: '3201' }, '32', '3201'],
    [{ municipalityName: '3024' }, '32', '3201'],
    [{ municipalityName: '301.0' }, '03', '0301'],
    [{ municipalityName: 'Oslo kommune' }, '03', '0301'],
    [{ county: 'Troms – Romsa – Tromssa' }, '55', undefined],
    [{ county: 'Finnmark – Finnmárku – Finmarkku' }, '56', undefined],
    [{ county: 'Nordland – Nordlánnda' }, '18', undefined],
    [{ county: 'Trøndelag – Trööndelage' }, '50', undefined],
    [{ county: 'Ostfold' }, '31', undefined],
    [{ county: 'More og Romsdal' }, '15', undefined],
    [{ county: 'Trondelag' }, '50', undefined],
    [{ county: 'Vest Agder' }, '42', undefined],
    [{ county: 'Vest-Agder' }, '42', undefined],
    [{ county: 'Aust-Agder' }, '42', undefined],
    [{ country: 'Norge (NO)', municipalityName: 'Oslo' }, '03', '0301'],
    [{ country: 'NO - Norge', county: 'Oslo kommune' }, '03', undefined],
  ])('%j -> county %s', (hints, county, municipality) => {
    const placement = placeFromHints(hints);
    expect(placement).toMatchObject({ kind: 'county', county });
    expect(placement.kind === 'county' ? placement.municipality : 'none').toBe(municipality);
  });
});
