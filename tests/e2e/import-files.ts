/**
 * Input files for the import and workspace browser tests: real files from tests/fixtures (a
 * Windows-1252 semicolon CSV as Norwegian Excel writes it, an XLSX with a title row made by
 * LibreOffice, a broken download) and small CSVs written here, as Playwright file payloads.
 */
import { readFileSync } from 'node:fs';

export interface FilePayload {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ioFixture(name: string): FilePayload {
  return {
    name,
    mimeType: name.endsWith('.xlsx') ? XLSX : 'text/csv',
    buffer: readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)),
  };
}

/** A cell as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
const cell = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A UTF-8 CSV with CRLF line ends and `;` between cells. */
export function csv(name: string, rows: readonly (readonly string[])[]): FilePayload {
  const text = rows.map((r) => r.map(cell).join(';')).join('\r\n');
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${text}\r\n`, 'utf8') };
}

/** The three files of the browser test, in one batch. */
export const BATCH = {
  excelCsv: ioFixture('excel-semikolon-cp1252.csv'),
  titleXlsx: ioFixture('medlemsliste-tittel.xlsx'),
  broken: ioFixture('avbrutt-nedlasting.xlsx'),
} as const;
