/**
 * Numbers in the reader's language: bokmål "1 276", "10,0 %", "0,42"; English "1,276", "10.0%",
 * "0.42". For views that follow the UI language (format.ts writes every number the Norwegian way).
 */
import { useMemo } from 'react';
import type { Language } from './language';
import { useLang } from './I18nProvider';

export interface NumberFormats {
  readonly integer: (n: number) => string;
  readonly decimal: (n: number, digits: number) => string;
  readonly percent: (share: number) => string;
}

const LOCALES: Readonly<Record<Language, string>> = { nb: 'nb-NO', en: 'en-GB' };

export function numberFormats(lang: Language): NumberFormats {
  const locale = LOCALES[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const decimals = new Map<number, Intl.NumberFormat>();
  return {
    integer: (n) => integer.format(n),
    percent: (share) => percent.format(share),
    decimal: (n, digits) => {
      let f = decimals.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        decimals.set(digits, f);
      }
      return f.format(n);
    },
  };
}

export function useNumberFormats(): NumberFormats {
  const lang = useLang();
  return useMemo(() => numberFormats(lang), [lang]);
}
