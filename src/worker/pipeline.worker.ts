/**
 * The analysis Web Worker: runs the pipeline off the main thread so the page never freezes on
 * large lists (STYLE.md rule 6). Exposed with comlink; failures are rethrown as Errors with a
 * readable message, which comlink delivers to the page as a rejected promise.
 */
import { expose } from 'comlink';
import { describeFailure, runPipeline } from './pipeline';
import type { InputFile, PipelineApi, PipelineResult } from './types';

const api: PipelineApi = {
  async analyseFiles(files: readonly InputFile[]): Promise<PipelineResult> {
    try {
      return runPipeline(files);
    } catch (error) {
      throw new Error(describeFailure(error, files), { cause: error });
    }
  },
};

expose(api);
