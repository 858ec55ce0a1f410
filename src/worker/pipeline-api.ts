/**
 * What the worker exposes: the pipeline as an async API whose failures are Errors with a message
 * a user can read ("The analysis of the file x.csv stopped: ..."), never a bare stack.
 */
import { describeFailure, runPipeline } from './pipeline';
import type { InputFile, PipelineApi, PipelineResult } from './types';

export const pipelineApi: PipelineApi = {
  async analyseFiles(files: readonly InputFile[]): Promise<PipelineResult> {
    try {
      return runPipeline(files);
    } catch (error) {
      throw new Error(describeFailure(error, files), { cause: error });
    }
  },
};
