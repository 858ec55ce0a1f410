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
import { cellText } from './cell-text';
import { formatCount } from './limits';
import type { RawRow } from './raw-row';
import { isBlankRow } from './raw-row';

export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly RawRow[];
}

export type WorkbookRead =
  | { readonly ok: true; readonly sheets: readonly SheetGrid[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const PASSWORD = /password/i;

export const PASSWORD_PROTECTED =
  'the file is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook) and save it again';

function tooManyRows(maxRows: number): string {
  return `the file has more than ${formatCount(maxRows)} rows, the most this app reads from one file; split it into smaller files`;
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
  readonly formulasWithoutValue: number;
}

function sheetCells(ws: WorkSheet, date1904: boolean): SheetCells {
  const { rows, widthOf } = extent(ws);
  const grid: string[][] = [];
  let formulasWithoutValue = 0;
  let widest = 0;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    const width = widthOf(r);
    for (let c = 0; c < width; c++) {
      const cell = cellAt(ws, r, c);
      if (cell && cell.f !== undefined && cell.v === undefined) formulasWithoutValue++;
      cells.push(cellText(cell, date1904));
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
  return { grid, formulasWithoutValue };
}

export function readWorkbook(
  data: Uint8Array | string,
  label: string,
  maxRows: number,
): WorkbookRead {
  const options: ParsingOptions = {
    type: typeof data === 'string' ? 'string' : 'array',
    dense: true,
    cellFormula: true,
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
    const message = error instanceof Error ? error.message : String(error);
    if (PASSWORD.test(message)) {
      return { ok: false, reason: PASSWORD_PROTECTED };
    }
    return {
      ok: false,
      reason: `the file could not be read as ${label} (${message}); it may be damaged: open it in Excel or LibreOffice and save it again`,
    };
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets: SheetGrid[] = [];
  const notes: string[] = [];
  let totalRows = 0;
  workbook.SheetNames.forEach((name, index) => {
    const ws = workbook.Sheets[name];
    const hidden = workbook.Workbook?.Sheets?.[index]?.Hidden;
    if (!ws) return;
    const { grid, formulasWithoutValue } = sheetCells(ws, date1904);
    let last = grid.length - 1;
    while (last >= 0 && isBlankRow(grid[last]!)) last--;
    if (last < 0) {
      notes.push(`sheet "${name}" is empty and was skipped`);
      return;
    }
    if (hidden) {
      notes.push(
        `sheet "${name}" is hidden and was not read; unhide it in Excel if it holds members`,
      );
      return;
    }
    if (ws['!fullref'] !== undefined || last + 1 > maxRows) totalRows = Infinity;
    totalRows += last + 1;
    if (formulasWithoutValue > 0) {
      notes.push(
        `sheet "${name}": ${formulasWithoutValue} formula cell(s) have no saved result and were read as empty; open the file in Excel and save it again`,
      );
    }
    sheets.push({
      name,
      rows: grid.slice(0, last + 1).map((cells, r) => ({ row: r + 1, cells })),
    });
  });
  if (totalRows > maxRows) return { ok: false, reason: tooManyRows(maxRows) };
  if (sheets.length === 0) {
    return {
      ok: false,
      reason:
        notes.length > 0
          ? `the workbook has no sheet with data (${notes.join('; ')})`
          : 'the workbook has no sheets',
    };
  }
  return { ok: true, sheets, notes };
}
