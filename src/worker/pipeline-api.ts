/**
 * What the worker exposes: reading files into its cache, rebuilding from the cache, forgetting
 * files, and the old one-shot analysis. Failures are Errors with a message a user can read ("The
 * analysis of the file x.csv stopped: ..."), never a bare stack.
 */
import { buildFromReads } from './build';
import { describeFailure, runPipeline } from './pipeline';
import { tablePreviews, fileStatus } from './previews';
import { createReadCache, type ReadCache } from './read-cache';
import type { InputFile, PipelineApi } from './types';

function guard<T>(files: readonly { name: string }[], work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(describeFailure(error, files), { cause: error });
  }
}

export function createPipelineApi(cache: ReadCache = createReadCache()): PipelineApi {
  return {
    async readFiles(files) {
      return guard(files, () => {
        const reads = cache.add(files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) })));
        return { files: reads.map(fileStatus), previews: tablePreviews(reads) };
      });
    },
    async build(request) {
      const { files, ...options } = request;
      const { reads, missing } = cache.get(files);
      if (missing.length > 0) return { ok: false, missing };
      return guard(
        files.map((name) => ({ name })),
        () => buildFromReads(reads, options),
      );
    },
    async forget(names) {
      cache.forget(names);
    },
    async analyseFiles(files: readonly InputFile[]) {
      return guard(files, () => runPipeline(files));
    },
  };
}

export const pipelineApi: PipelineApi = createPipelineApi();
