import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../src/domain/membership/names';

describe('normaliseName', () => {
  it.each([
    ['Sintef AS', 'SINTEF'],
    ['Nordlys Energi AS', 'nordlys energi'],
    ['Nordlys  Energi, AS', 'NORDLYS ENERGI'],
    ['Kongsberg Gruppen ASA', 'Kongsberg Gruppen'],
    ['Mesterbygg A/S', '«Mesterbygg»'],
    ['Fjordvik Bygg A.S.', 'Fjordvik Bygg'],
    ['Sweco Norge AS avd. Oslo', 'Sweco Norge'],
    ['Sweco Norge AS, avdeling Bergen', 'Sweco Norge AS'],
    ['Café Ørn SA', 'Cafe Ørn'],
    ['Hansen & Co ANS', 'Hansen og Co'],
    ['AS Vinmonopolet', 'Vinmonopolet'],
    ['Nordic Ltd.', 'Nordic'],
  ])('%j and %j have the same key', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
    expect(normaliseName(a)).not.toBe('');
  });

  it.each([
    ['Ås Bygg AS', 'As Bygg AS'],
    ['Sintef AS', 'Sintef Energi AS'],
    ['Bø Elektro', 'Bo Elektro'],
    ['Nordlys Energi', 'Nordlys Energy'],
  ])('%j and %j stay apart', (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });

  it('keeps a name made only of legal-form words', () => {
    expect(normaliseName('DA')).toBe('da');
  });
});
