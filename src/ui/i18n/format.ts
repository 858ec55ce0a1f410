/**
 * Numbers as Norwegian readers write them ("1 276", "10,0 %", "0,42"). The whole UI uses nb-NO
 * formatting in both languages: the data is Norwegian and org numbers are grouped the same way.
 */
const LOCALE = 'nb-NO';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const decimals = new Map<number, Intl.NumberFormat>();

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** A share in [0, 1] as a percentage with one decimal: 0.0995 -> "10,0 %". */
export function formatPercent(share: number): string {
  return percent.format(share);
}

export function formatDecimal(value: number, digits: number): string {
  let format = decimals.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    decimals.set(digits, format);
  }
  return format.format(value);
}
