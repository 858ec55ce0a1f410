/**
 * Unpacks every zip entry once, with a bound, before SheetJS sees the file. Two reasons:
 * SheetJS's own inflater trusts the data it is given, and on damaged deflate data it can run for
 * minutes and grow its buffer to gigabytes (found by the property tests on damaged fixtures);
 * and a crafted zip may declare small sizes but unpack to far more. Here the output is counted
 * as it streams and stopped as soon as it passes the declared size, so memory and time stay
 * bounded by the caps; a checksum mismatch means a damaged file, said as such.
 */

import { Inflate } from 'fflate';
import { crc32Update } from './crc32';
import type { ZipEntry } from './zip-size';

const AGAIN = '; download it again, or open it in Excel or LibreOffice and save it again';

/** Compressed bytes pushed per step: a step can unpack to at most ~1000 times this. */
const STEP = 4096;

function inflateProblem(bytes: Uint8Array, entry: ZipEntry): string | null {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let produced = 0;
  let crc = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced <= entry.uncompressedSize) crc = crc32Update(crc, chunk);
    if (final) finished = true;
  });
  try {
    for (let p = 0; p < data.length || p === 0; p += STEP) {
      const end = Math.min(data.length, p + STEP);
      inflater.push(data.subarray(p, end), end >= data.length);
      if (produced > entry.uncompressedSize) {
        return `its part "${entry.name}" unpacks to more than the size it declares; refused as a possible zip bomb`;
      }
      if (end >= data.length) break;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `its part "${entry.name}" is damaged (${message})${AGAIN}`;
  }
  if (!finished) return `its part "${entry.name}" is cut off${AGAIN}`;
  if (crc !== entry.crc32) return `its part "${entry.name}" is damaged (checksum mismatch)${AGAIN}`;
  return null;
}

/** Why the entries cannot be trusted to SheetJS, or null when all unpack as declared. */
export function zipContentProblem(bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
  for (const entry of entries) {
    if (entry.method === 0) {
      const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      if (crc32Update(0, data) !== entry.crc32) {
        return `its part "${entry.name}" is damaged (checksum mismatch)${AGAIN}`;
      }
    } else if (entry.method === 8) {
      const problem = inflateProblem(bytes, entry);
      if (problem) return problem;
    } else {
      return `its part "${entry.name}" uses a compression method (${entry.method}) this app cannot read; save the file again from Excel or LibreOffice`;
    }
  }
  return null;
}
