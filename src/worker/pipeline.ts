/**
 * The whole pipeline as one plain function: bytes -> FileRead -> Dataset -> Analysis, without a
 * cache. Kept apart from the worker glue so it can run anywhere (and be tested in Node).
 */
import { analyse } from '../domain/analysis/analyse';
import { buildDataset } from '../domain/membership/build-dataset';
import { readFileLazily } from '../io/read-file-lazy';
import type { InputFile, PipelineResult } from './types';

export async function runPipeline(files: readonly InputFile[]): Promise<PipelineResult> {
  const reads = [];
  for (const file of files) reads.push(await readFileLazily(file.name, new Uint8Array(file.bytes)));
  const dataset = buildDataset(reads);
  const analysis = analyse(dataset);
  return { dataset, analysis };
}

/** A readable message for anything thrown, naming the step so a user can report it usefully. */
export function describeFailure(error: unknown, files: readonly { name: string }[]): string {
  const cause = error instanceof Error ? error.message : String(error);
  const names = files.map((f) => f.name).join(', ');
  return `The analysis of ${files.length === 1 ? 'the file' : 'the files'} ${names} stopped: ${cause}`;
}
