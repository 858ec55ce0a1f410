/**
 * The io layer's one entry point: a file's name and bytes -> its tables, or one reason the user
 * can act on. Never throws; a file imports whole or not at all. The bytes decide how the file is
 * read (sniff-format.ts); the name only decides whether a mismatch is worth a note.
 */

import type { FileRead, SourceTable } from '../domain/membership/table';
import { decodeText, guessBomlessUtf16 } from './decode-text';
import { formatBytes, resolveLimits, type ReadLimits } from './limits';
import type { RawRow } from './raw-row';
import { oleKind } from './ole-kind';
import { readDelimited } from './read-csv';
import { PASSWORD_PROTECTED, readWorkbook, type WorkbookRead } from './read-spreadsheet';
import { shapeTable } from './shape-table';
import { sniffBytes, sniffText } from './sniff-format';
import { zipKind } from './zip-kind';
import { readZipDirectory, zipSizeProblem } from './zip-size';
import { zipContentProblem } from './zip-verify';

export { DEFAULT_LIMITS, type ReadLimits } from './limits';

const SPREADSHEET_EXT = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb', 'xls', 'ods', 'fods']);
const TEXT_EXT = new Set(['csv', 'tsv', 'txt', 'tab', 'prn']);
const DELIMITER_WORD: Readonly<Record<string, string>> = {
  '\t': 'tab',
  ';': 'semicolon',
  ',': 'comma',
  '|': 'pipe',
};
const WORKBOOK_LABEL = {
  xlsx: 'an Excel workbook (XLSX)',
  xlsb: 'an Excel binary workbook (XLSB)',
  ods: 'an OpenDocument spreadsheet (ODS)',
  xls: 'an Excel 97-2003 workbook (XLS)',
} as const;

type Failure = Extract<FileRead, { ok: false }>;

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
}

/** " although its name ends in .csv" for content that is no table at all. */
function despiteKnownName(ext: string): string {
  return SPREADSHEET_EXT.has(ext) || TEXT_EXT.has(ext) ? ` although its name ends in .${ext}` : '';
}

/** " although its name ends in .xlsx" when the name promised the other kind of table file. */
function despiteName(ext: string, expected: 'spreadsheet' | 'text'): string {
  const promised = SPREADSHEET_EXT.has(ext) ? 'spreadsheet' : TEXT_EXT.has(ext) ? 'text' : null;
  return promised && promised !== expected ? ` although its name ends in .${ext}` : '';
}

interface Context {
  readonly file: string;
  readonly ext: string;
  readonly bytes: Uint8Array;
  readonly limits: ReadLimits;
}

function fail(ctx: Context, reason: string): Failure {
  return { file: ctx.file, ok: false, reason: `${ctx.file}: ${reason}` };
}

function where(ctx: Context, sheet: string | undefined): string {
  return sheet === undefined ? ctx.file : `${ctx.file}, sheet "${sheet}"`;
}

function toTable(
  ctx: Context,
  raw: readonly RawRow[],
  extra: Pick<SourceTable, 'sheet' | 'encoding' | 'delimiter'>,
  notes: string[],
): SourceTable {
  const shaped = shapeTable(raw);
  if (shaped.headerRow === 0) {
    notes.push(
      `${where(ctx, extra.sheet)}: no header row was recognised, so every row is read as data and the columns are named Column 1, Column 2, ...`,
    );
  } else if (shaped.rows.length === 0) {
    notes.push(
      `${where(ctx, extra.sheet)}: has a header (row ${shaped.headerRow}) but no data rows`,
    );
  }
  const table: SourceTable = { file: ctx.file, ...shaped };
  if (extra.sheet !== undefined) Object.assign(table, { sheet: extra.sheet });
  if (extra.encoding !== undefined) Object.assign(table, { encoding: extra.encoding });
  if (extra.delimiter !== undefined) Object.assign(table, { delimiter: extra.delimiter });
  return table;
}

function fromWorkbook(
  ctx: Context,
  read: WorkbookRead,
  notes: string[],
  encoding?: string,
): FileRead {
  if (!read.ok) return fail(ctx, read.reason);
  for (const note of read.notes) notes.push(`${ctx.file}: ${note}`);
  const tables = read.sheets.map((sheet) =>
    toTable(ctx, sheet.rows, { sheet: sheet.name, encoding }, notes),
  );
  return { file: ctx.file, ok: true, tables, notes };
}

function readZip(ctx: Context): FileRead {
  const directory = readZipDirectory(ctx.bytes);
  if (!directory.ok) {
    return fail(
      ctx,
      `the file starts like a spreadsheet (XLSX or ODS are zip files), but ${directory.problem}; download it or save it again`,
    );
  }
  const tooBig = zipSizeProblem(directory.totalUncompressed, ctx.bytes.length, ctx.limits);
  if (tooBig) return fail(ctx, tooBig);
  if (directory.entries.some((e) => e.encrypted)) {
    return fail(ctx, 'the zip file is password-protected; save it again without a password');
  }
  const kind = zipKind(ctx.bytes, directory.entries);
  if (kind.kind === 'other') {
    return fail(ctx, `the file is ${kind.what}, not a spreadsheet${despiteKnownName(ctx.ext)}`);
  }
  const damaged = zipContentProblem(ctx.bytes, directory.entries);
  if (damaged) return fail(ctx, damaged);
  const label = WORKBOOK_LABEL[kind.kind];
  const notes: string[] = [];
  const mismatch = despiteName(ctx.ext, 'spreadsheet');
  if (mismatch)
    notes.push(`${ctx.file}: the file is really ${label}${mismatch}; it was read as a workbook`);
  return fromWorkbook(ctx, readWorkbook(ctx.bytes, label, ctx.limits.maxRows), notes);
}

function readOle(ctx: Context): FileRead {
  const kind = oleKind(ctx.bytes);
  if (kind.kind === 'encrypted') return fail(ctx, PASSWORD_PROTECTED);
  if (kind.kind === 'other') {
    return fail(ctx, `the file is ${kind.what}, not a spreadsheet${despiteKnownName(ctx.ext)}`);
  }
  const notes: string[] = [];
  const mismatch = despiteName(ctx.ext, 'spreadsheet');
  if (mismatch) {
    notes.push(
      `${ctx.file}: the file is really ${WORKBOOK_LABEL.xls}${mismatch}; it was read as a workbook`,
    );
  }
  return fromWorkbook(ctx, readWorkbook(ctx.bytes, WORKBOOK_LABEL.xls, ctx.limits.maxRows), notes);
}

function readText(ctx: Context): FileRead {
  const { text, encoding } = decodeText(ctx.bytes);
  const kind = sniffText(text);
  const notes: string[] = [];
  switch (kind) {
    case 'blank':
      return fail(ctx, 'the file is empty (it holds only blank lines or spaces)');
    case 'html':
      return fail(
        ctx,
        `the file is a web page without a table, not a spreadsheet${despiteKnownName(ctx.ext)}`,
      );
    case 'xml':
      return fail(ctx, `the file is an XML document, not a table${despiteKnownName(ctx.ext)}`);
    case 'json':
      return fail(
        ctx,
        `the file is JSON data, not a table; export the list as CSV or XLSX instead`,
      );
    case 'html-table':
      if (ctx.ext !== 'html' && ctx.ext !== 'htm') {
        notes.push(
          `${ctx.file}: the file is a web page (HTML table), not a real Excel file; its table was read`,
        );
      }
      return fromWorkbook(
        ctx,
        readWorkbook(text, 'a web page table (HTML)', ctx.limits.maxRows),
        notes,
        encoding,
      );
    case 'xml-spreadsheet':
      return fromWorkbook(
        ctx,
        readWorkbook(text, 'an XML spreadsheet', ctx.limits.maxRows),
        notes,
        encoding,
      );
    case 'delimited':
      break;
  }
  const read = readDelimited(text, ctx.limits.maxRows);
  if (!read.ok) return fail(ctx, read.reason);
  if (read.rows.length === 0) return fail(ctx, 'the file has no filled cells');
  const mismatch = despiteName(ctx.ext, 'text');
  const delimiter = read.delimiter ?? undefined;
  const table = toTable(ctx, read.rows, { encoding, delimiter }, notes);
  if (mismatch && table.headerRow === 0) {
    // Text where a spreadsheet was promised, and no header either: a broken or wrong file, not a
    // list; reading it would turn stray text into organisations.
    return fail(
      ctx,
      `the file is plain text, not a spreadsheet,${mismatch}, and has no header row (such as Navn or Org.nr.); it may be damaged or the wrong file`,
    );
  }
  if (mismatch) {
    const shape = read.delimiter ? `${DELIMITER_WORD[read.delimiter]}-separated` : 'one column';
    notes.push(
      `${ctx.file}: the file is plain text (${shape}), not a spreadsheet,${mismatch}; it was read as text`,
    );
  }
  return { file: ctx.file, ok: true, tables: [table], notes };
}

function readChecked(ctx: Context): FileRead {
  const { bytes, limits } = ctx;
  if (bytes.length === 0) return fail(ctx, 'the file is empty (0 bytes)');
  if (bytes.length > limits.maxFileBytes) {
    return fail(
      ctx,
      `the file is ${formatBytes(bytes.length)}, more than the ${formatBytes(limits.maxFileBytes)} this app reads; remove unused sheets or split the list`,
    );
  }
  const isUtf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    guessBomlessUtf16(bytes) !== null;
  const sniffed = sniffBytes(bytes, isUtf16);
  switch (sniffed.kind) {
    case 'empty':
      return fail(ctx, 'the file is empty (0 bytes)');
    case 'binary': {
      const name = despiteKnownName(ctx.ext);
      return fail(
        ctx,
        `the file is ${sniffed.what}, not a spreadsheet or CSV file${name}; export the member list as XLSX or CSV and try again`,
      );
    }
    case 'zip':
      return readZip(ctx);
    case 'ole':
      return readOle(ctx);
    case 'text':
      return readText(ctx);
  }
}

export function readFile(name: string, bytes: Uint8Array, limits?: Partial<ReadLimits>): FileRead {
  const file = baseName(name);
  try {
    return readChecked({ file, ext: extensionOf(file), bytes, limits: resolveLimits(limits) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      file,
      ok: false,
      reason: `${file}: the file could not be read (${message}); it may be damaged: open it in Excel or LibreOffice and save it again`,
    };
  }
}
