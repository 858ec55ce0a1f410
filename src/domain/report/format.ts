/**
 * Numbers as the report prints them, per language: "1 276" and "10,0 %" in bokmål, "1,276" and
 * "10.0%" in English. The report is a document to hand on, so it follows its reader's language
 * (the app's own tables keep the Norwegian grouping in both, see ui/i18n/format.ts).
 */
import type { Language } from '../i18n/language';

const LOCALE: Readonly<Record<Language, string>> = { nb: 'nb-NO', en: 'en-GB' };

const integers = new Map<Language, Intl.NumberFormat>();
const percents = new Map<Language, Intl.NumberFormat>();
const decimals = new Map<string, Intl.NumberFormat>();

function cached(map: Map<string, Intl.NumberFormat>, key: string, make: () => Intl.NumberFormat) {
  let format = map.get(key);
  if (!format) map.set(key, (format = make()));
  return format;
}

export function reportInteger(value: number, lang: Language): string {
  return cached(
    integers as Map<string, Intl.NumberFormat>,
    lang,
    () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }),
  ).format(value);
}

/** A share in [0, 1] with one decimal: 0.0995 -> "10,0 %" (nb), "10.0%" (en). */
export function reportPercent(share: number, lang: Language): string {
  return cached(
    percents as Map<string, Intl.NumberFormat>,
    lang,
    () =>
      new Intl.NumberFormat(LOCALE[lang], {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  ).format(Number.isFinite(share) ? share : 0);
}

export function reportDecimal(value: number, digits: number, lang: Language): string {
  return cached(
    decimals,
    `${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(LOCALE[lang], {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(value);
}

/** "A, B og C" / "A, B and C". */
export function joinWords(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const word = lang === 'nb' ? 'og' : 'and';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
