import { describe, expect, it } from 'vitest';
import { countiesFromText } from '../../../src/domain/geo/counties';
import { municipalitiesFromNumber } from '../../../src/domain/geo/municipalities';
import { placeFromHints } from '../../../src/domain/geo/place';

describe('placeFromHints', () => {
  it.each([
    [{ municipalityNumber: '0301' }, '03', '0301'],
    [{ municipalityNumber: '301' }, '03', '0301'],
    [{ municipalityNumber: '3006' }, '33', '3303'], // 2020-23 Kongsberg
    [{ municipalityNumber: '3303' }, '33', '3303'],
    [{ municipalityNumber: '3024' }, '32', '3201'], // Bærum
    [{ municipalityNumber: '5401' }, '55', '5501'], // Tromsø
    [{ municipalityNumber: '3811' }, '39', '3911'],
    [{ municipalityName: 'Halden' }, '31', '3101'],
    [{ municipalityName: 'Våler', county: 'Innlandet' }, '34', '3419'],
    [{ municipalityName: 'Våler', county: 'Viken' }, '31', '3114'],
    [{ county: 'Buskerud' }, '33', undefined],
    [{ county: 'Oslo' }, '03', undefined],
    [{ county: '46' }, '46', undefined],
    [{ county: 'Sør-Trøndelag' }, '50', undefined],
    [{ municipalityNumber: '1507' }, '15', undefined], // Ålesund split: county is still clear
  ])('%j -> county %s', (hints, county, municipality) => {
    const placement = placeFromHints(hints);
    expect(placement).toMatchObject({ kind: 'county', county });
    expect(placement.kind === 'county' && placement.municipality).toBe(municipality ?? undefined);
  });

  it('calls a 2020-23 Viken without a municipality ambiguous', () => {
    const placement = placeFromHints({ county: 'Viken' });
    expect(placement).toMatchObject({ kind: 'ambiguous', candidates: ['31', '32', '33'] });
  });

  it('calls Herøy without a county ambiguous', () => {
    expect(placeFromHints({ municipalityName: 'Herøy' })).toMatchObject({
      kind: 'ambiguous',
      candidates: ['15', '18'],
    });
  });

  it.each([[{ country: 'Sverige' }], [{ county: 'Utlandet' }]])('%j is abroad', (hints) => {
    expect(placeFromHints(hints).kind).toBe('abroad');
  });

  it.each([[{}], [{ municipalityNumber: '9999' }], [{ county: 'Atlantis' }]])(
    '%j is unknown',
    (hints) => {
      expect(placeFromHints(hints).kind).toBe('unknown');
    },
  );
});

describe('geo tables', () => {
  it('maps every 2020-23 renumbered municipality to a 2024 one', () => {
    for (const old of ['3001', '3054', '3801', '3825', '5401', '5444']) {
      expect(municipalitiesFromNumber(old).length).toBeGreaterThan(0);
    }
    expect(
      municipalitiesFromNumber('1507')
        .map((m) => m.number)
        .sort(),
    ).toEqual(['1508', '1580']);
  });

  it.each([
    ['Viken', ['31', '32', '33']],
    ['Vestfold og Telemark', ['39', '40']],
    ['Troms og Finnmark', ['55', '56']],
    ['Troms og Finnmark fylke', ['55', '56']],
    ['Akershus', ['32']],
    ['3', ['03']],
    ['Hedmark', ['34']],
    ['', []],
  ])('county text %j', (text, expected) => {
    expect(countiesFromText(text)).toEqual(expected);
  });
});
