/**
 * The worker's memory of files it has read: name -> FileRead. Reading (decoding, sniffing,
 * unzipping, finding the header) is the slow part of an import and does not depend on the user's
 * choices, so it happens once per file; every rebuild takes the reads from here.
 */
import { distinctFileNames, renamedRemark } from '../domain/membership/file-names';
import type { FileRead } from '../domain/membership/table';
import { readFileLazily } from '../io/read-file-lazy';

/** Reads one file (read-file-lazy.ts in the app; tests hand in their own). */
export type FileReader = (name: string, bytes: Uint8Array) => FileRead | Promise<FileRead>;

export interface ReadCache {
  /**
   * Reads the files and keeps the results, replacing earlier reads of the same name; files of
   * this call sharing a name are renamed ("x (2).csv", see file-names.ts) so both are kept.
   */
  add(
    files: readonly {
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly renamedFrom?: string;
    }[],
  ): Promise<FileRead[]>;
  /** The reads of these files in this order, and the names that are not in the cache. */
  get(names: readonly string[]): { reads: FileRead[]; missing: string[] };
  forget(names?: readonly string[]): void;
  readonly size: number;
}

export function createReadCache(read: FileReader = readFileLazily): ReadCache {
  const reads = new Map<string, FileRead>();
  return {
    async add(files) {
      // Two files of one call with one name are both kept, the later renamed, with a remark.
      const results: FileRead[] = [];
      for (const { name, bytes, renamedFrom } of distinctFileNames(files)) {
        const plain = await read(name, bytes);
        const result: FileRead =
          renamedFrom !== undefined && plain.ok
            ? { ...plain, notes: [...plain.notes, renamedRemark(renamedFrom, name)] }
            : plain;
        reads.set(name, result);
        results.push(result);
      }
      return results;
    },
    get(names) {
      const found: FileRead[] = [];
      const missing: string[] = [];
      for (const name of names) {
        const hit = reads.get(name);
        if (hit) found.push(hit);
        else missing.push(name);
      }
      return { reads: found, missing };
    },
    forget(names) {
      if (!names) reads.clear();
      else for (const name of names) reads.delete(name);
    },
    get size() {
      return reads.size;
    },
  };
}
