/**
 * Numbers on the county map in the UI language: "1 276", "5,2" and "10,0 %" in bokmål, "1,276",
 * "5.2" and "10.0%" in English; and a measure's value with its unit in words ("6 610 par",
 * "5,2 per medlem", "løft 1,35"). Digits per measure as in the matrix: pairs whole, per member
 * one decimal, lift two.
 */
import type { CountyMeasure } from '../../domain/graph/county-measure';
import type { Translate } from '../../ui/i18n/I18nProvider';
import type { Language } from '../../ui/i18n/language';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(language: Language, value: number, digits = 0): string {
  const key = `${language}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

export const MEASURE_DIGITS: Record<CountyMeasure, number> = { pairs: 0, perMember: 1, lift: 2 };

/** The value alone, e.g. "5,2". */
export const formatMeasure = (language: Language, measure: CountyMeasure, value: number): string =>
  formatNumber(language, value, MEASURE_DIGITS[measure]);

/** The value with its unit in words, e.g. "6 610 par" / "6,610 pairs". */
export function measureWords(
  t: Translate,
  language: Language,
  measure: CountyMeasure,
  value: number,
): string {
  const n = formatMeasure(language, measure, value);
  switch (measure) {
    case 'pairs':
      return t(value === 1 ? 'countyMap.value.pairs.one' : 'countyMap.value.pairs.other', { n });
    case 'perMember':
      return t('countyMap.value.perMember', { n });
    case 'lift':
      return t('countyMap.value.lift', { n });
  }
}

/** The threshold slider's label, in the measure's words ("Vis alle koblinger" at 0). */
export function thresholdWords(
  t: Translate,
  language: Language,
  measure: CountyMeasure,
  min: number,
): string {
  if (min <= 0) return t('countyMap.min.all');
  const n = formatMeasure(language, measure, min);
  switch (measure) {
    case 'pairs':
      return t(min === 1 ? 'countyMap.min.pairs.one' : 'countyMap.min.pairs.other', { n });
    case 'perMember':
      return t('countyMap.min.perMember', { n });
    case 'lift':
      return t('countyMap.min.lift', { n });
  }
}
