/**
 * What the worker exposes: reading files into its cache, rebuilding from the cache, forgetting
 * files, and the old one-shot analysis. Failures are Errors with a message a user can read ("The
 * analysis of the file x.csv stopped: ..."), never a bare stack.
 */
import { transfer } from 'comlink';
import { transferables } from '../domain/page/model';
import { indexMemberships } from '../domain/graph/membership-index';
import { buildFromReads } from './build';
import {
  countyCell,
  countyLinkMatrix,
  type CountyContext,
  membersByType,
  membersByUnit,
} from './county-api';
import { describeFailure, runPipeline } from './pipeline';
import { tablePreviews, fileStatus } from './previews';
import { createPartnerFinder } from './partners';
import { createReadCache, type ReadCache } from './read-cache';
import type { FileRead } from '../domain/membership/table';
import type { InputFile, PipelineApi } from './types';

async function guard<T>(
  files: readonly { name: string }[],
  work: () => T | Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(describeFailure(error, files), { cause: error });
  }
}

export function createPipelineApi(cache: ReadCache = createReadCache()): PipelineApi {
  /** Files refused without reading (see PipelineApi.refuse), beside the cache of real reads. */
  const refused = new Map<string, FileRead>();
  /** The last build's index and model, for the county views' questions. */
  let county: CountyContext | null = null;
  const lastBuild = (): CountyContext => {
    if (!county) throw new Error('No data has been analysed in this worker yet');
    return county;
  };
  const partnerFinder = createPartnerFinder();
  return {
    async readFiles(files) {
      return guard(files, async () => {
        const reads = await cache.add(files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) })));
        return { files: reads.map(fileStatus), previews: tablePreviews(reads) };
      });
    },
    async build(request) {
      const { files, salt, ...options } = request;
      const found = cache.get(files.filter((name) => !refused.has(name)));
      if (found.missing.length > 0) return { ok: false, missing: found.missing };
      const cached = new Map(found.reads.map((r) => [r.file, r]));
      // In the workspace's order, the refused ones where they stand.
      const reads = files.flatMap((name) => {
        const read = refused.get(name) ?? cached.get(name);
        return read ? [read] : [];
      });
      return guard(
        files.map((name) => ({ name })),
        () => {
          const result = buildFromReads(reads, options, salt);
          county = { index: indexMemberships(result.dataset), model: result.model };
          partnerFinder.remember(result.dataset, result.model);
          // The metric columns move to the page instead of being copied.
          return transfer(result, transferables(result.model));
        },
      );
    },
    async refuse(name, reason) {
      refused.set(name, { ok: false, file: name, reason });
    },
    async forget(names) {
      cache.forget(names);
      if (!names) refused.clear();
      else for (const name of names) refused.delete(name);
    },
    async partners(request) {
      return partnerFinder.find(request);
    },
    async analyseFiles(files: readonly InputFile[]) {
      return guard(files, () => runPipeline(files));
    },
    countyLinks: async (request) => countyLinkMatrix(lastBuild(), request),
    countyCell: async (request) => countyCell(lastBuild(), request),
    membersByUnit: async (scheme) => membersByUnit(lastBuild(), scheme),
    membersByType: async () => membersByType(lastBuild()),
  };
}

export const pipelineApi: PipelineApi = createPipelineApi();
