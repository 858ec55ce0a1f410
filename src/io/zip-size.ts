/**
 * Reads a ZIP's central directory ourselves, before SheetJS inflates anything, so that a zip bomb
 * (a few KB that unpack to gigabytes) is refused from the sizes it declares. XLSX, XLSB and ODS
 * are all ZIPs. Only the directory is parsed; no entry is inflated here. A crafted ZIP that lies
 * about its sizes is not caught by this (the formats Excel and LibreOffice write do not lie).
 */

import { formatBytes, type ReadLimits } from './limits';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[]; readonly totalUncompressed: number }
  | { readonly ok: false; readonly problem: string };

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CD_ENTRY_SIG = 0x02014b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const NO_DIRECTORY =
  'its zip directory is missing, so the file is incomplete or damaged (a download that broke off?)';

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) !== EOCD_SIG) continue;
    const commentLength = view.getUint16(p + 20, true);
    if (p + 22 + commentLength <= view.byteLength) return p;
  }
  return -1;
}

function u64(view: DataView, p: number): number {
  return Number(view.getBigUint64(p, true));
}

/** The ZIP64 end-of-directory record gives the real entry count, size and offset. */
function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) return null;
  const record = u64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIG) return null;
  return { count: u64(view, record + 32), offset: u64(view, record + 48) };
}

/** ZIP64 extra field (id 1): 8-byte values, present only for the fields saturated at 0xFFFFFFFF. */
function applyZip64Extra(
  view: DataView,
  start: number,
  end: number,
  sizes: { uncompressed: number; compressed: number; offset: number },
): void {
  let p = start;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    const dataEnd = p + 4 + size;
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

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < 22) return { ok: false, problem: NO_DIRECTORY };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { ok: false, problem: NO_DIRECTORY };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === MAX16 || offset === MAX32) {
    const z64 = zip64Directory(view, eocd);
    if (!z64) return { ok: false, problem: 'its ZIP64 directory is damaged' };
    count = z64.count;
    offset = z64.offset;
  }
  // Each entry takes at least 46 bytes, so a count the file cannot hold is damage, not data.
  if (offset > eocd || count * 46 > eocd - offset) {
    return { ok: false, problem: 'its zip directory is damaged' };
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CD_ENTRY_SIG) {
      return { ok: false, problem: 'its zip directory is damaged' };
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const sizes = {
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > eocd) return { ok: false, problem: 'its zip directory is damaged' };
    applyZip64Extra(view, extraStart, extraStart + extraLength, sizes);
    entries.push({
      name: decoder.decode(bytes.subarray(nameStart, extraStart)),
      method,
      encrypted: (flags & 1) === 1,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      localHeaderOffset: sizes.offset,
    });
    total += sizes.uncompressed;
    p = next;
  }
  return { ok: true, entries, totalUncompressed: total };
}

/** Why the declared sizes are refused, in words for the user, or null when they are within the caps. */
export function zipSizeProblem(
  totalUncompressed: number,
  fileBytes: number,
  limits: ReadLimits,
): string | null {
  const unpacked = `unpacks to ${formatBytes(totalUncompressed)} from ${formatBytes(fileBytes)}`;
  if (totalUncompressed > limits.maxUnpackedBytes) {
    return `${unpacked}, more than the ${formatBytes(limits.maxUnpackedBytes)} allowed; refused as a possible zip bomb`;
  }
  if (
    totalUncompressed > limits.ratioCheckFromBytes &&
    totalUncompressed > fileBytes * limits.maxZipRatio
  ) {
    return `${unpacked} (more than ${limits.maxZipRatio} times its size); refused as a possible zip bomb`;
  }
  return null;
}
