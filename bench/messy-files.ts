/**
 * The messy lists as the files a user would load: half as Norwegian-Excel CSV (`;`, CRLF,
 * Windows-1252), half as UTF-8 CSV (`,`), so the benchmark goes through the same reader as the
 * app and the CLI, and its row numbers are the file's own.
 */
import { toCsv } from '../src/domain/export/csv-cells';
import type { FileRead } from '../src/domain/membership/table';
import { readFile } from '../src/io/read-file';
import type { MessyLists } from './messy-lists';

/** Windows-1252 for the Latin-1 range, which is all these names use. */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++)
    bytes[i] = text.charCodeAt(i) <= 0xff ? text.charCodeAt(i) : 0x3f;
  return bytes;
}

export function messyFiles(lists: MessyLists): { name: string; bytes: Uint8Array }[] {
  return lists.tables.map((table, i) => {
    const rows = [table.header, ...table.rows.map((r) => r.cells)];
    if (i % 2 === 0) return { name: table.file, bytes: latin1(toCsv(rows, ';').slice(1)) };
    return { name: table.file, bytes: new TextEncoder().encode(toCsv(rows, ',').slice(1)) };
  });
}

export function readMessyFiles(lists: MessyLists): FileRead[] {
  return messyFiles(lists).map((f) => readFile(f.name, f.bytes));
}
