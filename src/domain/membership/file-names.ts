/**
 * Files in one drop that share a name (two "medlemmer.csv" from different folders): both are
 * kept, the later one under a distinct name, "medlemmer (2).csv", the smallest counter from 2
 * that no other file in the drop has. Without this the second silently replaced the first.
 * A file named like one already in the workspace still replaces it: that is an update.
 */
import { message } from '../messages/make';
import type { Message } from '../messages/types';

export interface Renamed {
  readonly name: string;
  /** The name the file came with, when it had to be changed. */
  readonly renamedFrom?: string;
}

function withCounter(name: string, counter: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${counter})${name.slice(dot)}` : `${name} (${counter})`;
}

export function distinctFileNames<T extends { readonly name: string }>(
  files: readonly T[],
): (T & Renamed)[] {
  const taken = new Set(files.map((f) => f.name));
  const used = new Set<string>();
  return files.map((file) => {
    if (!used.has(file.name)) {
      used.add(file.name);
      return file;
    }
    let counter = 2;
    while (taken.has(withCounter(file.name, counter)) || used.has(withCounter(file.name, counter)))
      counter++;
    const name = withCounter(file.name, counter);
    used.add(name);
    return { ...file, name, renamedFrom: file.name };
  });
}

/** The remark on a renamed file, for its import report. */
export function renamedRemark(renamedFrom: string, name: string): Message {
  return message('file.renamed', { original: renamedFrom, name });
}
