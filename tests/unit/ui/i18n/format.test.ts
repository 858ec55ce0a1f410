import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatFor,
  formatInteger,
  formatPercent,
  setFormatLanguage,
} from '../../../../src/ui/i18n/format';

// Intl writes a no-break space (U+00A0) or narrow no-break space (U+202F) in bokmål.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formats per language', () => {
  it.each([
    ['nb', 1276, '1 276', 0.0995, '10,0 %', 0.276, '0,276'],
    ['en', 1276, '1,276', 0.0995, '10.0%', 0.276, '0.276'],
  ] as const)('%s', (lang, n, integer, share, percent, d, decimal) => {
    const f = formatFor(lang);
    expect(plain(f.integer(n))).toBe(integer);
    expect(plain(f.percent(share))).toBe(percent);
    expect(plain(f.decimal(d, 3))).toBe(decimal);
  });

  it('the plain helpers follow the language the provider set', () => {
    setFormatLanguage('en');
    expect(formatInteger(1276)).toBe('1,276');
    expect(formatPercent(0.1)).toBe('10.0%');
    setFormatLanguage('nb');
    expect(plain(formatInteger(1276))).toBe('1 276');
    expect(plain(formatDecimal(0.5, 1))).toBe('0,5');
    expect(formatInteger(1276, 'en')).toBe('1,276');
  });

  it('dates', () => {
    const date = new Date(Date.UTC(2026, 11, 2, 12));
    expect(formatFor('nb').date(date)).toBe('2. desember 2026');
    expect(formatFor('en').date(date)).toBe('2 December 2026');
  });
});
