import { describe, expect, it } from 'vitest';
import {
  formatOrgNumber,
  isValidOrgNumber,
  mod11CheckDigit,
  readOrgNumber,
} from '../../../src/domain/membership/org-number';

describe('readOrgNumber', () => {
  it.each([
    ['923609016', '923609016'],
    ['923 609 016', '923609016'],
    ['923.609.016', '923609016'],
    ['NO 923609016 MVA', '923609016'],
    ['NO923 609 016MVA', '923609016'],
    ['Org.nr. 982 463 718', '982463718'],
    ['943753709.0', '943753709'],
    ['\u00a0982\u00a0463\u00a0718 ', '982463718'],
  ])('reads %j as %s', (raw, value) => {
    expect(readOrgNumber(raw)).toEqual({ kind: 'valid', value });
  });

  it.each(['', '  ', '-', 'n/a', 'ukjent'])('treats %j as absent', (raw) => {
    expect(readOrgNumber(raw).kind).toBe('absent');
  });

  it.each([
    ['923609017', 'fails its check digit'],
    ['12345', 'has 5 digits'],
    ['9236090160', 'has 10 digits'],
    ['abc', 'is not 9 digits'],
  ])('flags %j (%s)', (raw, reason) => {
    const reading = readOrgNumber(raw);
    expect(reading.kind).toBe('invalid');
    expect(reading.kind === 'invalid' && reading.reason).toContain(reason);
  });
});

describe('MOD11', () => {
  it.each([
    ['92360901', 6],
    ['98246371', 8],
    ['94375370', 9],
  ])('check digit of %s is %i', (eight, digit) => {
    expect(mod11CheckDigit(eight)).toBe(digit);
  });

  it('has no valid check digit when the remainder is 1', () => {
    // 1·3+0·2+0·7+0·6+0·5+0·4+0·3+5·2 = 13, 13 mod 11 = 2 -> 9; search one with remainder 1.
    const eight = Array.from({ length: 100 }, (_, i) => `100000${String(i).padStart(2, '0')}`).find(
      (e) => [...e].reduce((s, d, i) => s + Number(d) * [3, 2, 7, 6, 5, 4, 3, 2][i]!, 0) % 11 === 1,
    )!;
    expect(mod11CheckDigit(eight)).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrgNumber(`${eight}${d}`)).toBe(false);
  });

  it('formats in groups of three', () => {
    expect(formatOrgNumber('923609016')).toBe('923 609 016');
  });
});
