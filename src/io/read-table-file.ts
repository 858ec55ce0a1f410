/**
 * The io layer's reading: a file's name and bytes -> its tables, or one reason the user can act
 * on. Never throws; a file imports whole or not at all. The bytes decide how the file is read
 * (sniff-format.ts); the name only decides whether a mismatch is worth a note. The SheetJS side
 * (spreadsheet-reader.ts) comes in as a parameter: read-file.ts passes it in statically (Node, the
 * CLI, tests), read-file-lazy.ts loads it only when a file turns out to be a spreadsheet.
 */

import type { FileRead, SourceTable } from '../domain/membership/table';
import { listParam, message } from '../domain/messages/make';
import type { Message } from '../domain/messages/types';
import { decodeText, guessBomlessUtf16 } from './decode-text';
import { formatBytes, MAX_CELLS, resolveLimits, type ReadLimits } from './limits';
import type { RawRow } from './raw-row';
import { lineAt, lineStarts, readDelimited } from './read-csv';
import type { WorkbookRead } from './read-spreadsheet';
import type { SpreadsheetReader } from './spreadsheet-reader';
import { shapeTable } from './shape-table';
import { sniffBytes, sniffText } from './sniff-format';
import { looksLikeProse } from './sniff-prose';
import { zipKind } from './zip-kind';
import { readZipDirectory, zipSizeProblem } from './zip-size';
import { zipContentProblem } from './zip-verify';
import { odsRepeatProblem } from './ods-repeats';

/** Most columns in one table; the cells cap (MAX_CELLS) is limits.ts's, for every format. */
const MAX_COLUMNS = 1000;

export { DEFAULT_LIMITS, type ReadLimits } from './limits';

const SPREADSHEET_EXT = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb', 'xls', 'ods', 'fods']);
const TEXT_EXT = new Set(['csv', 'tsv', 'txt', 'tab', 'prn']);
/** Suffixes of the `shape.*` message codes. */
const DELIMITER_WORD: Readonly<Record<string, string>> = {
  '\t': 'tab',
  ';': 'semicolon',
  ',': 'comma',
  '|': 'pipe',
};

type Failure = Extract<FileRead, { ok: false }>;

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
}

/** The extension when the name promised the other kind of table file, else null. */
function mismatchedExt(ext: string, expected: 'spreadsheet' | 'text'): string | null {
  const promised = SPREADSHEET_EXT.has(ext) ? 'spreadsheet' : TEXT_EXT.has(ext) ? 'text' : null;
  return promised && promised !== expected ? ext : null;
}

interface Context {
  readonly file: string;
  readonly ext: string;
  readonly bytes: Uint8Array;
  readonly limits: ReadLimits;
  /** Null until loaded: a spreadsheet then throws SpreadsheetReaderNeeded (caller loads, retries). */
  readonly spreadsheets: SpreadsheetReader | null;
}

/** Thrown, never caught here, when a file needs SheetJS and it was not handed in. */
export class SpreadsheetReaderNeeded extends Error {
  constructor() {
    super('This file needs the spreadsheet reader, which is not loaded');
  }
}

function spreadsheetsOf(ctx: Context): SpreadsheetReader {
  if (!ctx.spreadsheets) throw new SpreadsheetReaderNeeded();
  return ctx.spreadsheets;
}

const PASSWORD_PROTECTED = message('file.password');

function fail(ctx: Context, reason: Message): Failure {
  return { file: ctx.file, ok: false, reason };
}

/**
 * Rows with a formula cell lacking its saved value are rejected, whether they read as data or as
 * blank below the header: the data is there, only the file never stored it.
 */
function rejectFormulaRows(table: SourceTable, formulaRows: readonly number[]): SourceTable {
  if (formulaRows.length === 0 || table.headerRow === 0) return table;
  const bad = new Set(formulaRows.filter((r) => r > table.headerRow));
  if (bad.size === 0) return table;
  const reason = message('row.formula-without-value');
  const rejected = [...bad].sort((a, b) => a - b).map((row) => ({ row, reason }));
  return {
    ...table,
    rows: table.rows.filter((r) => !bad.has(r.row)),
    skipped: table.skipped.filter((s) => !bad.has(s.row)),
    rejected: [...(table.rejected ?? []), ...rejected],
  };
}

function toTable(
  ctx: Context,
  raw: readonly RawRow[],
  extra: Pick<SourceTable, 'sheet' | 'encoding' | 'delimiter'>,
  notes: Message[],
): SourceTable {
  const shaped = shapeTable(raw);
  const sheet = extra.sheet;
  if (shaped.headerRow === 0) {
    notes.push(
      sheet === undefined ? message('note.no-header') : message('note.no-header-sheet', { sheet }),
    );
  } else if (shaped.rows.length === 0) {
    notes.push(
      sheet === undefined
        ? message('note.no-data', { headerRow: shaped.headerRow })
        : message('note.no-data-sheet', { sheet, headerRow: shaped.headerRow }),
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
  notes: Message[],
  encoding?: string,
): FileRead {
  if (!read.ok) return fail(ctx, read.reason);
  notes.push(...read.notes);
  const tables: SourceTable[] = [];
  for (const sheet of read.sheets) {
    if (sheet.hidden) {
      // A hidden sheet is read when it holds a table with a header; a lookup list is not.
      const trial: Message[] = [];
      const table = rejectFormulaRows(
        toTable(ctx, sheet.rows, { sheet: sheet.name, encoding }, trial),
        sheet.formulaRows,
      );
      if (table.headerRow === 0) {
        notes.push(message('note.sheet-hidden-skipped', { sheet: sheet.name }));
        continue;
      }
      notes.push(message('note.sheet-hidden-read', { sheet: sheet.name }), ...trial);
      tables.push(table);
      continue;
    }
    tables.push(
      rejectFormulaRows(
        toTable(ctx, sheet.rows, { sheet: sheet.name, encoding }, notes),
        sheet.formulaRows,
      ),
    );
  }
  if (tables.length === 0) return fail(ctx, message('file.no-data-sheet'));
  return { file: ctx.file, ok: true, tables, notes };
}

function readZip(ctx: Context): FileRead {
  const directory = readZipDirectory(ctx.bytes);
  if (!directory.ok) {
    return fail(ctx, message('file.zip-directory', { problem: directory.problem }));
  }
  const tooBig = zipSizeProblem(directory.totalUncompressed, ctx.bytes.length, ctx.limits);
  if (tooBig) return fail(ctx, tooBig);
  if (directory.entries.some((e) => e.encrypted)) {
    return fail(ctx, message('file.zip-password'));
  }
  const kind = zipKind(ctx.bytes, directory.entries);
  if (kind.kind === 'other') {
    if (kind.lists) return fail(ctx, message('file.zip-archive', { names: listParam(kind.lists) }));
    return fail(ctx, message('file.other-kind', { what: kind.what }));
  }
  const damaged = zipContentProblem(ctx.bytes, directory.entries);
  if (damaged) return fail(ctx, damaged);
  if (kind.kind === 'ods') {
    const repeats = odsRepeatProblem(ctx.bytes, directory.entries, {
      maxColumns: MAX_COLUMNS,
      maxRows: ctx.limits.maxRows,
      maxCells: MAX_CELLS,
    });
    if (repeats) return fail(ctx, repeats);
  }
  const notes: Message[] = [];
  const mismatch = mismatchedExt(ctx.ext, 'spreadsheet');
  if (mismatch) notes.push(message('note.really-workbook', { format: kind.kind, ext: mismatch }));
  return fromWorkbook(ctx, spreadsheetsOf(ctx).readWorkbook(ctx.bytes, ctx.limits.maxRows), notes);
}

function readOle(ctx: Context): FileRead {
  const { oleKind, readWorkbook } = spreadsheetsOf(ctx);
  const kind = oleKind(ctx.bytes);
  if (kind.kind === 'encrypted') return fail(ctx, PASSWORD_PROTECTED);
  if (kind.kind === 'other') return fail(ctx, message('file.other-kind', { what: kind.what }));
  const notes: Message[] = [];
  const mismatch = mismatchedExt(ctx.ext, 'spreadsheet');
  if (mismatch) notes.push(message('note.really-workbook', { format: 'xls', ext: mismatch }));
  return fromWorkbook(ctx, readWorkbook(ctx.bytes, ctx.limits.maxRows), notes);
}

function readText(ctx: Context): FileRead {
  const { text, encoding, guessedAt } = decodeText(ctx.bytes);
  const kind = sniffText(text);
  const notes: Message[] = [];
  switch (kind) {
    case 'blank':
      return fail(ctx, message('file.blank'));
    case 'html':
      return fail(ctx, message('file.html'));
    case 'xml':
      return fail(ctx, message('file.xml'));
    case 'json':
      return fail(ctx, message('file.json'));
    case 'html-table':
    case 'xml-spreadsheet':
      if (kind === 'html-table' && ctx.ext !== 'html' && ctx.ext !== 'htm') {
        notes.push(message('note.html-table'));
      }
      return fromWorkbook(
        ctx,
        spreadsheetsOf(ctx).readWorkbook(text, ctx.limits.maxRows),
        notes,
        encoding,
      );
    case 'delimited':
      break;
  }
  const read = readDelimited(text, ctx.limits.maxRows);
  // Prose (a README, a letter) is no list: refused whole rather than row by row.
  const prose = (): boolean => looksLikeProse(text, ctx.ext);
  if (!read.ok) {
    if (read.reason.code === 'file.unclosed-quote' && prose()) {
      return fail(ctx, message('file.not-a-list'));
    }
    return fail(ctx, read.reason);
  }
  if (read.rows.length === 0) return fail(ctx, message('file.no-cells'));
  const mismatch = mismatchedExt(ctx.ext, 'text');
  const delimiter = read.delimiter ?? undefined;
  const shaped = toTable(ctx, read.rows, { encoding, delimiter }, notes);
  const dataRows = new Set(shaped.rows.map((r) => r.row));
  const remarks = read.unusualQuoteRows
    .filter((row) => dataRows.has(row))
    .map((row) => ({ row, reason: message('row.unusual-quote') }));
  if (guessedAt && guessedAt.length > 0) {
    // The reader is unsure of these rows' letters: each says so, and the data is kept.
    notes.push(message('note.mixed-encoding', { count: guessedAt.length }));
    const starts = lineStarts(text);
    const lines = new Set(guessedAt.map((offset) => lineAt(starts, offset)));
    for (const row of [...lines].sort((a, b) => a - b)) {
      if (dataRows.has(row)) remarks.push({ row, reason: message('row.encoding-guess') });
    }
  }
  const table: SourceTable = remarks.length > 0 ? { ...shaped, remarks } : shaped;
  if (table.headerRow === 0 && prose()) return fail(ctx, message('file.not-a-list'));
  if (mismatch && table.headerRow === 0) {
    // Text where a spreadsheet was promised, and no header either: a broken or wrong file, not a
    // list; reading it would turn stray text into organisations.
    return fail(ctx, message('file.text-not-spreadsheet', { ext: mismatch }));
  }
  if (mismatch) {
    const shape = read.delimiter ? DELIMITER_WORD[read.delimiter]! : 'none';
    notes.push(message('note.plain-text', { shape, ext: mismatch }));
  }
  return { file: ctx.file, ok: true, tables: [table], notes };
}

function readChecked(ctx: Context): FileRead {
  const { bytes, limits } = ctx;
  if (bytes.length === 0) return fail(ctx, message('file.empty-bytes'));
  if (bytes.length > limits.maxFileBytes) {
    return fail(
      ctx,
      message('file.too-large', {
        size: formatBytes(bytes.length),
        max: formatBytes(limits.maxFileBytes),
      }),
    );
  }
  const isUtf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    guessBomlessUtf16(bytes) !== null;
  const sniffed = sniffBytes(bytes, isUtf16);
  switch (sniffed.kind) {
    case 'empty':
      return fail(ctx, message('file.empty-bytes'));
    case 'binary':
      return fail(ctx, message('file.binary', { what: sniffed.what }));
    case 'zip':
      return readZip(ctx);
    case 'ole':
      return readOle(ctx);
    case 'text':
      return readText(ctx);
  }
}

/** A name such as ".csv" or "___.csv" names no cluster: the cluster is then named by the file. */
function withClusterNote(read: FileRead): FileRead {
  if (!read.ok) return read;
  const stem = read.file.replace(/\.[^.]*$/, '').replace(/[_\s-]+/g, '');
  if (/[\p{L}\p{N}]/u.test(stem)) return read;
  return {
    ...read,
    notes: [...read.notes, message('note.cluster-from-file', { cluster: read.file })],
  };
}

export function readFileWith(
  spreadsheets: SpreadsheetReader | null,
  name: string,
  bytes: Uint8Array,
  limits?: Partial<ReadLimits>,
): FileRead {
  const file = baseName(name);
  try {
    return withClusterNote(
      readChecked({
        file,
        ext: extensionOf(file),
        bytes,
        limits: resolveLimits(limits),
        spreadsheets,
      }),
    );
  } catch (error) {
    if (error instanceof SpreadsheetReaderNeeded) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return { file, ok: false, reason: message('file.unreadable', { detail }) };
  }
}
