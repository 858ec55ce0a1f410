/**
 * CSV that is safe to open in Excel or LibreOffice: every cell quoted as needed, and any cell that
 * a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) prefixed
 * with an apostrophe, so names from files can never become formulas (CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text to write for a cell so that a spreadsheet shows it as text, never runs it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** How numbers are written: Norwegian Excel reads "0,5" as a number, English Excel "0.5". */
export interface CsvOptions {
  readonly decimalComma?: boolean;
}

export function csvCell(
  value: string | number | null | undefined,
  delimiter = ';',
  options: CsvOptions = {},
): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number'
      ? options.decimalComma
        ? String(value).replace('.', ',')
        : String(value)
      : neutraliseFormula(value);
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV document: UTF-8 with BOM (so Excel reads æøå), CRLF line ends, `;` by default as
 * Norwegian Excel expects.
 */
export function toCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  delimiter = ';',
  options: CsvOptions = {},
): string {
  return `\ufeff${rows.map((r) => r.map((c) => csvCell(c, delimiter, options)).join(delimiter)).join('\r\n')}\r\n`;
}
