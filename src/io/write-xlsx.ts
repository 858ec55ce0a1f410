/**
 * Tables -> one XLSX workbook (SheetJS, Apache-2.0), a sheet per table. Every cell is typed:
 * numbers as numbers, everything else as a string cell, never a formula, so a name such as
 * "=HYPERLINK(…)" from a membership list shows as text in Excel and LibreOffice.
 */
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import type { ExportTable } from '../domain/export/table';

const MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, MAX_SHEET_NAME) || 'Ark';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
}

function sheetOf(table: ExportTable): WorkSheet {
  const rows = [table.header, ...table.rows];
  const sheet: WorkSheet = {};
  let width = 0;
  rows.forEach((row, r) => {
    width = Math.max(width, row.length);
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell: CellObject =
        typeof value === 'number' && Number.isFinite(value)
          ? { t: 'n', v: value }
          : { t: 's', v: String(value) };
      sheet[utils.encode_cell({ r, c })] = cell;
    });
  });
  sheet['!ref'] = utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length - 1, c: Math.max(0, width - 1) },
  });
  return sheet;
}

export function tablesToXlsx(tables: readonly ExportTable[]): Uint8Array {
  const book = utils.book_new();
  const taken = new Set<string>();
  for (const table of tables) {
    const name = sheetName(table.id, taken);
    taken.add(name.toLowerCase());
    utils.book_append_sheet(book, sheetOf(table), name);
  }
  const out = write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}
