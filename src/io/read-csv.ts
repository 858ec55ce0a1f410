/**
 * Decoded text -> physical rows, via papaparse with our own delimiter choice. A record may span
 * several lines (a quoted field with a line break); its row number is the line it starts on, as a
 * text editor shows it, so "row 14" in a message leads the user to the right place.
 */

import Papa from 'papaparse';
import { message } from '../domain/messages/make';
import type { Message } from '../domain/messages/types';
import type { RawRow } from './raw-row';
import { MAX_CELLS } from './limits';
import { isBlankRow } from './raw-row';
import { sniffDelimiter, type Delimiter } from './sniff-delimiter';

export type DelimitedRead =
  | {
      readonly ok: true;
      readonly rows: readonly RawRow[];
      readonly delimiter: Delimiter | null;
      /** Rows read line by line because a quote in them was used unusually. */
      readonly unusualQuoteRows: readonly number[];
    }
  | { readonly ok: false; readonly reason: Message };

/** Offsets where lines start; CRLF, LF and a lone CR each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line number of a character offset. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Caps that keep a hostile file from filling the tab's memory; no member list comes near them. */
export const MAX_COLUMNS = 1000;
export const MAX_CELL_CHARS = 10_000;

/** A one-column list is parsed with a delimiter it does not contain, so commas stay in names. */
function absentDelimiter(text: string): string {
  for (const c of ['\u001f', '\u001e', '\u001d', '\u001c']) if (!text.includes(c)) return c;
  return ',';
}

export function readDelimited(
  original: string,
  maxRows: number,
  maxCells = MAX_CELLS,
): DelimitedRead {
  // One kind of line break for papaparse, whose own guess can pick '\r' in a CRLF file (then each
  // record would start with the '\n' of the line before). Each CRLF, LF or CR stays one line.
  const text = original.replace(/\r\n?/g, '\n');
  const delimiter = sniffDelimiter(text);
  const starts = lineStarts(text);
  const rows: RawRow[] = [];
  let tooMany = false;
  let capHit: Message | null = null;
  let cellCount = 0;
  let unclosedQuoteAt = 0;
  const unusualQuoteRows: number[] = [];
  const used = delimiter ?? absentDelimiter(text);
  /** Where the next parse starts; moved past a line read plainly (see below). */
  let offset = 0;
  while (offset <= text.length) {
    const base = offset;
    let cursor = 0;
    let restartAt = -1;
    Papa.parse<string[]>(text.slice(base), {
      delimiter: used,
      newline: '\n',
      skipEmptyLines: false,
      step: (result, parser) => {
        const row = lineAt(starts, base + cursor);
        cursor = result.meta.cursor;
        if (result.errors.some((e) => e.code === 'InvalidQuotes')) {
          // A quote closed mid-cell ('"Berg" Hansen AS;...') would run the next lines into one
          // cell. Its line is kept as its own row, split plainly, with a remark; parsing goes
          // on from the next line, so no member is lost and the user can check the cells.
          const start = starts[row - 1]!;
          const end = row < starts.length ? starts[row]! - 1 : text.length;
          rows.push({
            row,
            cells: text
              .slice(start, end)
              .split(used)
              .map((c) => c.trim()),
          });
          unusualQuoteRows.push(row);
          restartAt = row < starts.length ? starts[row]! : text.length + 1;
          parser.abort();
          return;
        }
        if (result.errors.some((e) => e.code === 'MissingQuotes')) {
          unclosedQuoteAt = row;
          parser.abort();
          return;
        }
        // Line breaks inside a quoted cell are \n now, as in a spreadsheet cell.
        const cells = result.data.map((cell) => cell.trim());
        if (cells.length > MAX_COLUMNS || cells.some((c) => c.length > MAX_CELL_CHARS)) {
          capHit =
            cells.length > MAX_COLUMNS
              ? message('file.too-many-columns', { max: MAX_COLUMNS })
              : message('file.cell-too-long', { max: MAX_CELL_CHARS, row });
          parser.abort();
          return;
        }
        // An empty line (the final line break, say) holds no cell.
        if (cells.length > 1 || cells[0] !== '') cellCount += cells.length;
        if (cellCount > maxCells) {
          capHit = message('file.too-many-cells', { max: maxCells });
          parser.abort();
          return;
        }
        if (rows.length >= maxRows) {
          // Blank records past the cap are dropped (they may be the file's final line break); a
          // filled one means the file really is too long.
          if (isBlankRow(cells)) return;
          tooMany = true;
          parser.abort();
          return;
        }
        rows.push({ row, cells });
      },
    });
    if (restartAt < 0 || unclosedQuoteAt > 0 || tooMany || capHit) break;
    offset = restartAt;
  }
  if (capHit) return { ok: false, reason: capHit };
  if (unclosedQuoteAt > 0) {
    return { ok: false, reason: message('file.unclosed-quote', { row: unclosedQuoteAt }) };
  }
  if (tooMany) {
    return { ok: false, reason: message('file.too-many-rows', { max: maxRows }) };
  }
  // Line breaks at the very end make empty records that no one sees as rows.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!.cells)) rows.pop();
  return { ok: true, rows, delimiter, unusualQuoteRows };
}
