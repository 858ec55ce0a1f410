/**
 * Reading in the browser: like read-file.ts, but SheetJS (a large download) is fetched only when a
 * file turns out to be a spreadsheet, so a CSV import never loads it. Workbook bytes (ZIP or OLE
 * magic) load it before reading; spreadsheet text (an HTML table, XML Spreadsheet 2003) is only
 * known once decoded, and is read again once the reader has come.
 */
import type { FileRead } from '../domain/membership/table';
import { message } from '../domain/messages/make';
import type { ReadLimits } from './limits';
import { readFileWith, SpreadsheetReaderNeeded } from './read-table-file';
import { sniffBytes } from './sniff-format';
import type { SpreadsheetReader } from './spreadsheet-reader';

let loaded: Promise<SpreadsheetReader> | null = null;

/** SheetJS and the workbook reader, fetched once (a separate chunk in the build). */
export function loadSpreadsheetReader(): Promise<SpreadsheetReader> {
  loaded ??= import('./spreadsheet-reader').then((m) => m.spreadsheetReader);
  return loaded;
}

/** True for XLSX/ODS (ZIP) and XLS (OLE) bytes: they need SheetJS, so it loads before reading. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  // The container checks come before any text check, so the UTF-16 answer does not matter.
  const { kind } = sniffBytes(bytes, false);
  return kind === 'zip' || kind === 'ole';
}

export async function readFileLazily(
  name: string,
  bytes: Uint8Array,
  limits?: Partial<ReadLimits>,
): Promise<FileRead> {
  try {
    const ready = loaded ? await loaded : null;
    const reader = ready ?? (looksLikeWorkbook(bytes) ? await loadSpreadsheetReader() : null);
    try {
      return readFileWith(reader, name, bytes, limits);
    } catch (error) {
      if (!(error instanceof SpreadsheetReaderNeeded)) throw error;
      return readFileWith(await loadSpreadsheetReader(), name, bytes, limits);
    }
  } catch (error) {
    // The reader's chunk did not arrive (offline, a new deployment): this file fails, and the
    // next spreadsheet tries to load it again.
    loaded = null;
    const detail = error instanceof Error ? error.message : String(error);
    const file = name.split(/[\\/]/).pop() || name;
    return { file, ok: false, reason: message('file.unreadable', { detail }) };
  }
}
