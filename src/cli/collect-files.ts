/**
 * The CLI's inputs: files and folders on the command line, folders read one level deep (sorted,
 * so output is stable), keeping only the formats the importer knows.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export const LIST_EXTENSIONS = /\.(csv|tsv|txt|xlsx|xlsm|xls|ods)$/i;

export interface InputFile {
  readonly name: string;
  readonly path: string;
}

export function collectFiles(paths: readonly string[]): { files: InputFile[]; missing: string[] } {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    if (!isFolder) {
      files.push({ name: basename(path), path });
      continue;
    }
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      if (LIST_EXTENSIONS.test(entry) && statSync(full).isFile())
        files.push({ name: entry, path: full });
    }
  }
  return { files: withDistinctNames(files), missing };
}

/** Two files with one name (from two folders) keep their paths, so every row source is unique. */
function withDistinctNames(files: readonly InputFile[]): InputFile[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  return files.map((f) => (count.get(f.name)! > 1 ? { ...f, name: f.path } : f));
}

export function readBytes(file: InputFile): Uint8Array {
  return new Uint8Array(readFileSync(file.path));
}
