/**
 * The contract between the page and the analysis worker: what goes in (named file bytes) and what
 * comes back (the dataset and its analysis). Plain data only, so it crosses postMessage intact.
 */
import type { Analysis } from '../domain/analysis/types';
import type { Dataset } from '../domain/membership/types';

export interface InputFile {
  /** File name as the user gave it (no folders); used in every error message. */
  readonly name: string;
  /** The raw bytes; transferred (not copied) to the worker, so detached afterwards. */
  readonly bytes: ArrayBuffer;
}

export interface PipelineResult {
  readonly dataset: Dataset;
  readonly analysis: Analysis;
}

export interface PipelineApi {
  analyseFiles(files: readonly InputFile[]): Promise<PipelineResult>;
}
