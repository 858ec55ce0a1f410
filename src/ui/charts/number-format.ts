/**
 * Numbers for the charts and the county matrix in the reader's language: "52,1", "1 276" and
 * "10,0 %" in bokmål; "52.1", "1,276" and "10.0%" in English. Pure (no store), so the report
 * figures can use it in Node too.
 */
import type { Language } from '../i18n/language';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function format(language: Language, key: string, options: Intl.NumberFormatOptions) {
  const id = `${language}|${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], options);
    cache.set(id, f);
  }
  return f;
}

/** `digits` decimals exactly: (52.08, 1) -> "52,1" / "52.1". */
export function formatNumber(value: number, digits: number, language: Language): string {
  return format(language, `d${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share in [0, 1] with one decimal: 0.1 -> "10,0 %" / "10.0%". */
export function formatShare(share: number, language: Language): string {
  return format(language, 'pct', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}
