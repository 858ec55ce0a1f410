/**
 * ODS writes a run of equal cells as one cell with `table:number-columns-repeated` (and equal rows
 * with `table:number-rows-repeated`). SheetJS expands those runs in memory: an 859-byte file with
 * one filled cell repeated over a million columns took it 55 s and 2.6 GB before crashing. The
 * runs are read from content.xml here, before SheetJS sees the file, and a filled run past the
 * caps refuses the file. Empty runs (LibreOffice pads every row to the sheet's width with one) are
 * harmless and pass.
 */
import { inflateSync } from 'fflate';
import { message } from '../domain/messages/make';
import type { Message } from '../domain/messages/types';
import type { ZipEntry } from './zip-size';

export interface RepeatCaps {
  readonly maxColumns: number;
  readonly maxRows: number;
  readonly maxCells: number;
}

const TAG = /<table:(table-row|table-cell|covered-table-cell)\b([^>]*?)(\/?)>/g;
const REPEAT = /table:number-(columns|rows)-repeated="(\d+)"/;

function contentXml(bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
  const entry = entries.find((e) => e.name === 'content.xml');
  if (!entry) return null;
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  // zip-verify.ts has already unpacked this entry within its declared size.
  const raw = entry.method === 0 ? data : inflateSync(data);
  return new TextDecoder('utf-8').decode(raw);
}

/** Why the ODS asks for more than the caps, or null. */
export function odsRepeatProblem(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  caps: RepeatCaps,
): Message | null {
  const xml = contentXml(bytes, entries);
  if (xml === null) return null;
  let rowRepeat = 1;
  let rowWidth = 0;
  let cells = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, kind, attrs = '', selfClosing] = m;
    const repeat = Number(REPEAT.exec(attrs)?.[2] ?? '1');
    if (kind === 'table-row') {
      cells += rowWidth * rowRepeat;
      rowRepeat = repeat;
      rowWidth = 0;
      continue;
    }
    // A self-closing cell without a value type is an empty run.
    const filled = selfClosing !== '/' || /office:value-type=/.test(attrs);
    rowWidth += filled ? repeat : 0;
    if (filled && rowWidth > caps.maxColumns) {
      return message('file.too-many-columns', { max: caps.maxColumns });
    }
    if (filled && rowRepeat > caps.maxRows)
      return message('file.too-many-rows', { max: caps.maxRows });
    if (cells + rowWidth * rowRepeat > caps.maxCells) {
      return message('file.too-many-cells', { max: caps.maxCells });
    }
  }
  return null;
}
