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
import { message } from '../domain/messages/make';
import type { Message } from '../domain/messages/types';
import type { ZipEntry } from './zip-size';

/** Compressed bytes pushed per step: a step can unpack to at most ~1000 times this. */
const STEP = 4096;

function inflateProblem(bytes: Uint8Array, entry: ZipEntry): Message | null {
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
        return message('file.zip-part-bomb', { part: entry.name });
      }
      if (end >= data.length) break;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return message('file.zip-part-damaged', { part: entry.name, detail });
  }
  if (!finished) return message('file.zip-part-cut', { part: entry.name });
  if (crc !== entry.crc32) return message('file.zip-part-checksum', { part: entry.name });
  return null;
}

/** Why the entries cannot be trusted to SheetJS, or null when all unpack as declared. */
export function zipContentProblem(bytes: Uint8Array, entries: readonly ZipEntry[]): Message | null {
  for (const entry of entries) {
    if (entry.method === 0) {
      const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      if (crc32Update(0, data) !== entry.crc32) {
        return message('file.zip-part-checksum', { part: entry.name });
      }
    } else if (entry.method === 8) {
      const problem = inflateProblem(bytes, entry);
      if (problem) return problem;
    } else {
      return message('file.zip-part-method', { part: entry.name, method: String(entry.method) });
    }
  }
  return null;
}
