/**
 * Reads a ZIP's directory ourselves, before SheetJS inflates anything, so that a zip bomb (a few
 * KB that unpack to gigabytes) is refused from the sizes it declares. XLSX, XLSB and ODS are all
 * ZIPs. The directory is read the way SheetJS reads it (last end record in the file, sizes from
 * the local headers too), so the check covers what SheetJS will actually do. Whether the entries
 * really unpack to the declared sizes is checked next, in zip-verify.ts.
 */

import { message } from '../domain/messages/make';
import type { Message } from '../domain/messages/types';
import { formatBytes, type ReadLimits } from './limits';

export interface ZipEntry {
  readonly name: string;
  /** Compression method from the local header, which is the one SheetJS uses. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly crc32: number;
  readonly compressedSize: number;
  /** The largest of the sizes the directory and the local header declare. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** Where the entry's (compressed) data starts. */
  readonly dataStart: number;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[]; readonly totalUncompressed: number }
  | { readonly ok: false; readonly problem: ZipDirectoryProblem };

const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CD_ENTRY_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** What is wrong with the directory: the suffix of a `zip.*` message code. */
export type ZipDirectoryProblem = 'missing' | 'damaged' | 'entry-damaged';
const MISSING: ZipDirectoryProblem = 'missing';
const DAMAGED: ZipDirectoryProblem = 'damaged';

/** Like SheetJS: the signature nearest the end of the file, wherever it is. */
function findEndOfDirectory(bytes: Uint8Array): number {
  for (let p = bytes.length - 4; p >= 0; p--) {
    if (
      bytes[p] === 0x50 &&
      bytes[p + 1] === 0x4b &&
      bytes[p + 2] === 0x05 &&
      bytes[p + 3] === 0x06
    ) {
      return p + 22 <= bytes.length ? p : -1;
    }
  }
  return -1;
}

function u64(view: DataView, p: number): number {
  return Number(view.getBigUint64(p, true));
}

/** The ZIP64 end-of-directory record gives the real entry count and directory offset. */
function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) return null;
  const record = u64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIG) return null;
  return { count: u64(view, record + 32), offset: u64(view, record + 48) };
}

interface Sizes {
  compressed: number;
  uncompressed: number;
  offset: number;
}

/** ZIP64 extra field (id 1): 8-byte values, present only for the fields saturated at 0xFFFFFFFF. */
function applyZip64Extra(view: DataView, start: number, end: number, sizes: Sizes): void {
  let p = start;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const dataEnd = p + 4 + view.getUint16(p + 2, true);
    if (dataEnd > end) return;
    if (id === 1) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > dataEnd) return MAX32;
        const value = u64(view, q);
        q += 8;
        return value;
      };
      if (sizes.uncompressed === MAX32) sizes.uncompressed = take();
      if (sizes.compressed === MAX32) sizes.compressed = take();
      if (sizes.offset === MAX32) sizes.offset = take();
      return;
    }
    p = dataEnd;
  }
}

interface LocalHeader {
  readonly method: number;
  readonly uncompressed: number;
  readonly dataStart: number;
}

/**
 * The entry's local header, or null when it is not where the directory says or its data runs past
 * the end of the file. SheetJS sizes its output buffer from the local header (and its ZIP64
 * field), not from the directory, so a damaged local header declaring 4 GB would make it allocate
 * 4 GB: that size counts too.
 */
function localHeader(view: DataView, offset: number, compressedSize: number): LocalHeader | null {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_SIG) return null;
  const method = view.getUint16(offset + 8, true);
  let uncompressed = view.getUint32(offset + 22, true);
  const extraStart = offset + 30 + view.getUint16(offset + 26, true);
  const dataStart = extraStart + view.getUint16(offset + 28, true);
  if (dataStart + compressedSize > view.byteLength) return null;
  // SheetJS takes the first 8 bytes of a ZIP64 field as the size, whatever the header says.
  let p = extraStart;
  while (p + 4 <= dataStart) {
    const size = view.getUint16(p + 2, true);
    if (view.getUint16(p, true) === 1 && size >= 8 && p + 12 <= dataStart) {
      uncompressed = Math.max(uncompressed, u64(view, p + 4));
    }
    p += 4 + size;
  }
  return { method, uncompressed, dataStart };
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < 22) return { ok: false, problem: MISSING };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return { ok: false, problem: MISSING };
  let count = view.getUint16(eocd + 8, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count !== view.getUint16(eocd + 10, true)) return { ok: false, problem: DAMAGED };
  if (count === MAX16 || offset === MAX32) {
    const z64 = zip64Directory(view, eocd);
    if (!z64) return { ok: false, problem: DAMAGED };
    count = z64.count;
    offset = z64.offset;
  }
  // Each entry takes at least 46 bytes, so a count the file cannot hold is damage, not data.
  if (offset > eocd || count * 46 > eocd - offset) return { ok: false, problem: DAMAGED };
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CD_ENTRY_SIG) {
      return { ok: false, problem: DAMAGED };
    }
    const flags = view.getUint16(p + 8, true);
    const sizes: Sizes = {
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    const nameStart = p + 46;
    const extraStart = nameStart + view.getUint16(p + 28, true);
    const extraEnd = extraStart + view.getUint16(p + 30, true);
    const next = extraEnd + view.getUint16(p + 32, true);
    if (next > eocd) return { ok: false, problem: DAMAGED };
    applyZip64Extra(view, extraStart, extraEnd, sizes);
    const local = localHeader(view, sizes.offset, sizes.compressed);
    if (!local) {
      return {
        ok: false,
        problem: 'entry-damaged',
      };
    }
    const uncompressed = Math.max(sizes.uncompressed, local.uncompressed);
    entries.push({
      name: decoder.decode(bytes.subarray(nameStart, extraStart)),
      method: local.method,
      encrypted: (flags & 1) === 1,
      crc32: view.getUint32(p + 16, true),
      compressedSize: sizes.compressed,
      uncompressedSize: uncompressed,
      localHeaderOffset: sizes.offset,
      dataStart: local.dataStart,
    });
    total += uncompressed;
    p = next;
  }
  return { ok: true, entries, totalUncompressed: total };
}

/** Why the declared sizes are refused, in words for the user, or null when they are within the caps. */
export function zipSizeProblem(
  totalUncompressed: number,
  fileBytes: number,
  limits: ReadLimits,
): Message | null {
  const unpacked = formatBytes(totalUncompressed);
  const packed = formatBytes(fileBytes);
  if (totalUncompressed > limits.maxUnpackedBytes) {
    return message('file.zip-too-big', {
      unpacked,
      packed,
      max: formatBytes(limits.maxUnpackedBytes),
    });
  }
  if (
    totalUncompressed > limits.ratioCheckFromBytes &&
    totalUncompressed > fileBytes * limits.maxZipRatio
  ) {
    return message('file.zip-ratio', { unpacked, packed, ratio: limits.maxZipRatio });
  }
  return null;
}
