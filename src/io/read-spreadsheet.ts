/**
 * Workbook bytes (XLSX, XLSB, ODS, XLS) or spreadsheet text (HTML table, XML Spreadsheet 2003,
 * flat ODS) -> physical rows per sheet, via SheetJS. Merged cells hand their value to every cell
 * they cover, so a cluster name merged down a column applies to each member row. Hidden sheets
 * (lookup lists behind drop-downs, usually) and empty sheets are left out with a note.
 *
 * Known hazard: for a damaged Excel 97-2003 (.xls) file SheetJS's formula parser can loop without
 * end. ZIP-based files are checked before SheetJS sees them (zip-verify.ts); an .xls cannot be,
 * so callers running this in a worker should give each file a time limit.
 */

import { read, utils, type CellObject, type ParsingOptions, type WorkSheet } from '@e965/xlsx';
import { message } from '../domain/messages/make';
import type { Message } from '../domain/messages/types';
import { cellText } from './cell-text';
import type { RawRow } from './raw-row';
import { MAX_CELLS } from './limits';
import { isBlankRow } from './raw-row';

export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly RawRow[];
  /** Hidden or very hidden in the workbook. */
  readonly hidden: boolean;
  /** 1-based rows with a formula cell that has no saved value. */
  readonly formulaRows: readonly number[];
}

export type WorkbookRead =
  | { readonly ok: true; readonly sheets: readonly SheetGrid[]; readonly notes: readonly Message[] }
  | { readonly ok: false; readonly reason: Message };

const PASSWORD = /password/i;

export const PASSWORD_PROTECTED = message('file.password');

function tooManyRows(maxRows: number): Message {
  return message('file.too-many-rows', { max: maxRows });
}

/** Cell at (r, c) whether SheetJS gave a dense sheet (as asked) or a sparse one. */
function cellAt(ws: WorkSheet, r: number, c: number): CellObject | undefined {
  const dense = ws['!data'];
  if (dense) return dense[r]?.[c];
  return ws[utils.encode_cell({ r, c })] as CellObject | undefined;
}

/** How many rows the sheet has, and how wide each is (rows differ; a square grid could be huge). */
function extent(ws: WorkSheet): { rows: number; widthOf: (r: number) => number } {
  const dense = ws['!data'];
  if (dense) return { rows: dense.length, widthOf: (r) => dense[r]?.length ?? 0 };
  if (!ws['!ref']) return { rows: 0, widthOf: () => 0 };
  const range = utils.decode_range(ws['!ref']);
  return { rows: range.e.r + 1, widthOf: () => range.e.c + 1 };
}

interface SheetCells {
  readonly grid: string[][];
  /** 0-based rows holding a formula cell without a saved value. */
  readonly formulaRows: ReadonlySet<number>;
  /** The first cell longer than the cap, as a 1-based row, or 0. */
  readonly longCellRow: number;
  readonly widest: number;
}

/**
 * A formula cell without a saved value, as openpyxl and other writers that never compute leave
 * them (`<f>` and no `<v>`): SheetJS gives a stub (`t: 'z'`), or `v` undefined or ''. Its row is not blank: the user's
 * data is there, only its value is missing, so the row must be rejected rather than skipped.
 */
function lacksValue(cell: CellObject | undefined): boolean {
  return (
    !!cell && cell.f !== undefined && (cell.t === 'z' || cell.v === undefined || cell.v === '')
  );
}

function sheetCells(ws: WorkSheet, date1904: boolean, caps: SheetCaps): SheetCells {
  const { rows, widthOf } = extent(ws);
  const grid: string[][] = [];
  const formulaRows = new Set<number>();
  let widest = 0;
  let longCellRow = 0;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    // Past the column cap nothing is read: the caller refuses the file with the cap's message.
    const width = Math.min(widthOf(r), caps.maxColumns + 1);
    for (let c = 0; c < width; c++) {
      const cell = cellAt(ws, r, c);
      if (lacksValue(cell)) formulaRows.add(r);
      const text = cellText(cell, date1904);
      if (text.length > caps.maxCellChars && longCellRow === 0) longCellRow = r + 1;
      cells.push(text);
    }
    widest = Math.max(widest, cells.length);
    grid.push(cells);
  }
  // A merged value alone does not make a row: merges reaching below the table fill nothing there.
  const hasOwnContent = grid.map((cells) => !isBlankRow(cells));
  for (const merge of ws['!merges'] ?? []) {
    const value = grid[merge.s.r]?.[merge.s.c] ?? '';
    if (value === '') continue;
    for (let r = merge.s.r; r <= merge.e.r && r < rows; r++) {
      if (!hasOwnContent[r]) continue;
      const cells = grid[r]!;
      for (let c = merge.s.c; c <= merge.e.c && c < widest; c++) {
        while (cells.length < c) cells.push('');
        cells[c] = value;
      }
    }
  }
  return { grid, formulaRows, longCellRow, widest };
}

export interface SheetCaps {
  readonly maxColumns: number;
  readonly maxCellChars: number;
  /** Most cells over all sheets (limits.ts). */
  readonly maxCells: number;
}

const DEFAULT_CAPS: SheetCaps = { maxColumns: 1000, maxCellChars: 10_000, maxCells: MAX_CELLS };

export function readWorkbook(
  data: Uint8Array | string,
  maxRows: number,
  caps: SheetCaps = DEFAULT_CAPS,
): WorkbookRead {
  const options: ParsingOptions = {
    type: typeof data === 'string' ? 'string' : 'array',
    dense: true,
    cellFormula: true,
    // Without stubs SheetJS drops a formula cell that has no <v>, and its row reads as blank.
    sheetStubs: true,
    cellNF: true,
    cellText: true,
    cellDates: false,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
    // HTML cells stay text, so "0150" keeps its zero.
    raw: typeof data === 'string',
    // One row more than allowed: seeing it is how we know the sheet is too long.
    sheetRows: maxRows + 1,
  };
  let workbook;
  try {
    workbook = read(data, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (PASSWORD.test(detail)) {
      return { ok: false, reason: PASSWORD_PROTECTED };
    }
    return { ok: false, reason: message('file.unreadable', { detail }) };
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets: SheetGrid[] = [];
  const notes: Message[] = [];
  let totalRows = 0;
  let totalCells = 0;
  let failure: Message | undefined;
  workbook.SheetNames.forEach((name, index) => {
    const ws = workbook.Sheets[name];
    const hidden = workbook.Workbook?.Sheets?.[index]?.Hidden;
    if (!ws) return;
    const { grid, formulaRows, longCellRow, widest } = sheetCells(ws, date1904, caps);
    if (widest > caps.maxColumns) {
      failure ??= message('file.too-many-columns', { max: caps.maxColumns });
      return;
    }
    if (longCellRow > 0) {
      failure ??= message('file.cell-too-long', { max: caps.maxCellChars, row: longCellRow });
      return;
    }
    for (const cells of grid) totalCells += cells.length;
    if (totalCells > caps.maxCells) {
      failure ??= message('file.too-many-cells', { max: caps.maxCells });
      return;
    }
    let last = grid.length - 1;
    while (last >= 0 && isBlankRow(grid[last]!) && !formulaRows.has(last)) last--;
    if (last < 0) {
      notes.push(message(hidden ? 'note.sheet-hidden-empty' : 'note.sheet-empty', { sheet: name }));
      return;
    }
    // A hidden or "very hidden" sheet may be the one that holds the members (a visible cover
    // sheet in front): it is handed on, marked, and read-file.ts keeps it when it has a header.
    // Real rows count, not the declared range (`!fullref` may say A1:XFD1048576 for 5 rows):
    // SheetJS stops at sheetRows, so a sheet really too long shows maxRows + 1 rows here.
    if (last + 1 > maxRows) totalRows = Infinity;
    totalRows += last + 1;
    sheets.push({
      name,
      hidden: Boolean(hidden),
      formulaRows: [...formulaRows].filter((r) => r <= last).map((r) => r + 1),
      rows: grid.slice(0, last + 1).map((cells, r) => ({ row: r + 1, cells })),
    });
  });
  if (failure) return { ok: false, reason: failure };
  if (totalRows > maxRows) return { ok: false, reason: tooManyRows(maxRows) };
  if (sheets.length === 0) {
    return {
      ok: false,
      reason: message(notes.length > 0 ? 'file.no-data-sheet' : 'file.no-sheets'),
    };
  }
  return { ok: true, sheets, notes };
}
