/**
 * One SheetJS cell -> the text the rest of the app sees. Cached values only (SheetJS never
 * evaluates formulas, and we never read the formula text). Integers print as digits, because org
 * numbers and postal codes are often stored as numbers ("923609016", not "9.23609016e8"), keeping
 * the zero padding a "0000" format shows ("0150"); dates print as ISO yyyy-mm-dd from the serial
 * number, so the reader's time zone cannot shift them.
 */

import { SSF, type CellObject } from '@e965/xlsx';

/** SheetJS types its number-format library as `any`; these are the two calls used here. */
interface DateParts {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly H: number;
  readonly M: number;
  readonly S: number;
}
interface NumberFormats {
  is_date(format: string): boolean;
  parse_date_code(serial: number, options?: { date1904?: boolean }): DateParts | null;
}
const ssf = SSF as NumberFormats;

const pad = (n: number, width = 2): string => n.toString().padStart(width, '0');

function isDateFormat(format: CellObject['z']): boolean {
  if (typeof format !== 'string' || format === 'General') return false;
  try {
    return ssf.is_date(format);
  } catch {
    return false;
  }
}

/** Excel date serial -> "2021-05-17", "2021-05-17 08:30" or, below one day, "08:30". */
export function serialToIso(serial: number, date1904: boolean): string {
  const parts = ssf.parse_date_code(serial, { date1904 });
  if (!parts) return String(serial);
  const seconds = parts.S ? `:${pad(parts.S)}` : '';
  const time = `${pad(parts.H)}:${pad(parts.M)}${seconds}`;
  if (Math.floor(serial) === 0 && !date1904) return time;
  const date = `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}`;
  return parts.H || parts.M || parts.S ? `${date} ${time}` : date;
}

/** All digits of an integer, whatever its size (String(1e21) would give "1e+21"). */
export function integerText(value: number): string {
  if (Object.is(value, -0)) return '0';
  return Number.isSafeInteger(value) ? value.toString() : BigInt(value).toString();
}

function numberText(cell: CellObject, value: number, date1904: boolean): string {
  if (!Number.isFinite(value)) return (cell.w ?? '').trim();
  if (isDateFormat(cell.z)) return serialToIso(value, date1904);
  const shown = (cell.w ?? '').trim();
  if (Number.isInteger(value)) {
    // The formatted text wins only when it is the same integer, e.g. zero-padded "0150".
    return /^-?\d+$/.test(shown) && Number(shown) === value ? shown : integerText(value);
  }
  return shown !== '' ? shown : value.toString();
}

function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const date = `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  const h = value.getHours();
  const m = value.getMinutes();
  return h || m ? `${date} ${pad(h)}:${pad(m)}` : date;
}

export function cellText(cell: CellObject | null | undefined, date1904 = false): string {
  if (!cell) return '';
  const value = cell.v;
  switch (cell.t) {
    case 'n':
      return typeof value === 'number' ? numberText(cell, value, date1904) : (cell.w ?? '').trim();
    case 'd':
      return value instanceof Date ? dateText(value) : (cell.w ?? '').trim();
    case 'b':
      return (cell.w ?? (value ? 'TRUE' : 'FALSE')).trim();
    case 'z':
      return '';
    default:
      if (typeof value === 'string') return value.trim();
      return (cell.w ?? (value === undefined || value === null ? '' : String(value))).trim();
  }
}
