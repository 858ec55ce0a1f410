/**
 * Numbers as each language writes them: bokmål "1 276", "0,482", "10,0 %"; English "1,276",
 * "0.482", "10.0%". Metric values not computed (null or NaN) show as "–". Shared by the views
 * that show metric values (organisation metrics, partners, details).
 */
import type { Language } from '../../ui/i18n/language';

const LOCALES: Readonly<Record<Language, string>> = { nb: 'nb-NO', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

function format(language: Language, digits: number, percent = false): Intl.NumberFormat {
  const key = `${language}|${digits}|${percent}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(percent ? { style: 'percent' } : {}),
    });
    formats.set(key, found);
  }
  return found;
}

export const NOT_COMPUTED = '–';

export function formatNumber(value: number, language: Language, digits = 0): string {
  return format(language, digits).format(value);
}

export function formatShare(share: number, language: Language): string {
  return format(language, 1, true).format(share);
}

/** A metric value: "–" when not computed, whole numbers without decimals, else `digits`. */
export function formatMetric(
  value: number | null | undefined,
  language: Language,
  digits = 3,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NOT_COMPUTED;
  return formatNumber(value, language, Number.isInteger(value) ? 0 : digits);
}
