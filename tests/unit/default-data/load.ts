/**
 * Shared by the default-data tests: the committed ground truth, the committed files, and a plain
 * reading of each file into physical rows (1-based, as a spreadsheet numbers them) that does not
 * go through the app's io layer, so the truth can be checked against the bytes on its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { read, utils } from '@e965/xlsx';
import Papa from 'papaparse';
import type { GroundTruth } from '../../../scripts/default-data/truth';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const DATA_DIR = join(root, 'data', 'default');
export const TRUTH_PATH = join(root, 'tests', 'fixtures', 'default-truth.json');

export function loadTruth(): GroundTruth {
  return JSON.parse(readFileSync(TRUTH_PATH, 'utf8')) as GroundTruth;
}

export interface CommittedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function loadCommittedFiles(): CommittedFile[] {
  return readdirSync(DATA_DIR)
    .filter((f) => /\.(csv|xlsx)$/.test(f))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DATA_DIR, name))) }));
}

export interface PlainSheet {
  readonly sheet?: string;
  /** rows[0] is physical row 1. Cells as text (numbers written as digits). */
  readonly rows: readonly (readonly string[])[];
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Is this valid UTF-8 (with non-ASCII in it)? Otherwise the test treats it as Windows-1252. */
export function looksUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function readPlain(file: CommittedFile): PlainSheet {
  if (file.name.endsWith('.xlsx')) {
    const book = read(file.bytes, { type: 'array' });
    const sheet = book.SheetNames[0]!;
    const ws = book.Sheets[sheet]!;
    if (!(ws['!ref'] ?? '').startsWith('A1:')) throw new Error(`${file.name}: sheet not at A1`);
    const rows = utils.sheet_to_json<unknown[]>(ws, { header: 1, blankrows: true, defval: '' });
    return { sheet, rows: rows.map((r) => r.map((c) => String(c))) };
  }
  const bytes = hasUtf8Bom(file.bytes) ? file.bytes.subarray(3) : file.bytes;
  const text = new TextDecoder(looksUtf8(bytes) ? 'utf-8' : 'windows-1252').decode(bytes);
  const delimiter = text.split(/\r?\n/)[0]!.includes(';') ? ';' : ',';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.filter((r, i) => !(i === parsed.data.length - 1 && r.join('') === ''));
  return { rows };
}
