/**
 * Numbers and dates as readers of the UI language write them: bokmål "1 276", "10,0 %", "0,42";
 * English "1,276", "10.0%", "0.42". Components take the bound helpers from `useFormat()` (I18nProvider.tsx) (they
 * follow the language, and a memo that lists the helpers in its dependencies updates with it).
 * The plain functions take the language as their last argument; without it they use the UI's
 * current language, which I18nProvider sets as it renders (one value for the whole page), so a
 * call site that predates languages still formats in the language the user reads.
 */
import type { Language } from './language';

const LOCALES: Readonly<Record<Language, string>> = { nb: 'nb-NO', en: 'en-GB' };

let current: Language = 'nb';

/** Called by I18nProvider (only): the language the plain helpers default to. */
export function setFormatLanguage(lang: Language): void {
  current = lang;
}

export const localeOf = (lang: Language = current): string => LOCALES[lang];

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, key: string, options: Intl.NumberFormatOptions) {
  const id = `${lang}|${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(id, format);
  }
  return format;
}

export function formatInteger(value: number, lang: Language = current): string {
  return numberFormat(lang, 'int', { maximumFractionDigits: 0 }).format(value);
}

/** A share in [0, 1] as a percentage with one decimal: 0.0995 -> "10,0 %" / "10.0%". */
export function formatPercent(share: number, lang: Language = current): string {
  return numberFormat(lang, 'pct', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

export function formatDecimal(value: number, digits: number, lang: Language = current): string {
  return numberFormat(lang, `dec${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A date as "2. desember 2026" / "2 December 2026". */
export function formatDate(date: Date, lang: Language = current): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(date);
}

export interface Format {
  readonly lang: Language;
  readonly integer: (value: number) => string;
  readonly percent: (share: number) => string;
  readonly decimal: (value: number, digits: number) => string;
  readonly date: (date: Date) => string;
}

export function formatFor(lang: Language): Format {
  return {
    lang,
    integer: (v) => formatInteger(v, lang),
    percent: (v) => formatPercent(v, lang),
    decimal: (v, d) => formatDecimal(v, d, lang),
    date: (d) => formatDate(d, lang),
  };
}
