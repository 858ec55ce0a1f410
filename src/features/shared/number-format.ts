/**
 * Numbers in the UI language: "1 276" and "10,0 %" in bokmål, "1,276" and "10.0%" in English.
 * The views that count things (intersections, organisations) format through this, so a language
 * switch changes every number they print.
 */
import { useMemo } from 'react';
import { useLang } from '../../ui/i18n/I18nProvider';
import type { Language } from '../../ui/i18n/language';

export interface NumberFormat {
  readonly integer: (n: number) => string;
  readonly percent: (share: number) => string;
}

const LOCALES: Readonly<Record<Language, string>> = { nb: 'nb-NO', en: 'en-GB' };

export function numberFormat(language: Language): NumberFormat {
  const integer = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return { integer: (n) => integer.format(n), percent: (s) => percent.format(s) };
}

export function useNumberFormat(): NumberFormat {
  const language = useLang();
  return useMemo(() => numberFormat(language), [language]);
}
