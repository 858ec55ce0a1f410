/**
 * What the worker exposes: reading files into its cache, rebuilding from the cache, forgetting
 * files, and the old one-shot analysis. Failures are Errors with a message a user can read ("The
 * analysis of the file x.csv stopped: ..."), never a bare stack.
 */
import { transfer } from 'comlink';
import { transferables } from '../domain/page/model';
import { SLICE_ITEMS, splitLarge, type Slice } from '../domain/records/pieces';
import { indexMemberships } from '../domain/graph/membership-index';
import type { MembershipIndex } from '../domain/graph/membership-index';
import type { RecognitionDecision } from '../domain/membership/decisions';
import type { MergeProposal } from '../domain/membership/proposals';
import type { Dataset } from '../domain/membership/types';
import type { PageModel } from '../domain/page/model';
import {
  buildFromReads,
  buildMetrics,
  buildPhaseOne,
  buildProposals,
  provisionalProposals,
} from './build';
import {
  countyCell,
  countyLinkMatrix,
  type CountyContext,
  membersByType,
  membersByUnit,
} from './county-api';
import { metricsThreads } from './metrics-threads';
import { describeFailure, runPipeline } from './pipeline';
import { tablePreviews, fileStatus } from './previews';
import { createPartnerFinder } from './partners';
import { createReadCache, type ReadCache } from './read-cache';
import type { MetricProgress } from '../domain/analysis/metrics-by-name';
import type { FileRead } from '../domain/membership/table';
import type { TaskPool } from '../domain/metrics/task-pool';
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

async function guardAsync<T>(files: readonly { name: string }[], work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    throw new Error(describeFailure(error, files), { cause: error });
  }
}

export function createPipelineApi(
  cache: ReadCache = createReadCache(),
  threads: TaskPool | null = metricsThreads(),
): PipelineApi {
  /** Files refused without reading (see PipelineApi.refuse), beside the cache of real reads. */
  const refused = new Map<string, FileRead>();
  /** The last build's index and model, for the county views' questions. */
  let county: CountyContext | null = null;
  const lastBuild = (): CountyContext => {
    if (!county) throw new Error('No data has been analysed in this worker yet');
    return county;
  };
  const partnerFinder = createPartnerFinder();
  /**
   * The work in progress that awaits the metric threads (a build in one go, phase two's metrics):
   * the next such waits for it, so they end in the order asked. Phase one never waits: it is
   * synchronous and runs between the metric tasks, so a decision's counts come at once.
   */
  let threadWork: Promise<unknown> = Promise.resolve();
  /** The last build, for phase two's calls on it; a later build (or forget) replaces it. */
  let last: {
    readonly id: number;
    readonly dataset: Dataset;
    readonly index: MembershipIndex;
    readonly model: PageModel;
    readonly decisions: readonly RecognitionDecision[];
  } | null = null;
  // From a random start, so a build id of a restarted worker is never one the page already shows.
  let builds = Math.floor(Math.random() * 2 ** 40);
  /** The last proposals made, and the salt (workspace) they belong to: phase one's provisional ones. */
  let proposed: {
    readonly salt: string | undefined;
    readonly list: readonly MergeProposal[];
  } | null = null;
  const remember = (dataset: Dataset, model: PageModel, index = indexMemberships(dataset)) => {
    county = { index, model };
    partnerFinder.remember(dataset, model);
  };
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = threadWork.then(work);
    threadWork = turn.catch(() => undefined);
    return turn;
  };
  return {
    async readFiles(files) {
      return guard(files, async () => {
        const reads = await cache.add(files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) })));
        return { files: reads.map(fileStatus), previews: tablePreviews(reads) };
      });
    },
    async build(request, onProgress, onSlice) {
      const { files, salt, phased, ...options } = request;
      const found = cache.get(files.filter((name) => !refused.has(name)));
      if (found.missing.length > 0) return { ok: false, missing: found.missing };
      const cached = new Map(found.reads.map((r) => [r.file, r]));
      // In the workspace's order, the refused ones where they stand.
      const reads = files.flatMap((name) => {
        const read = refused.get(name) ?? cached.get(name);
        return read ? [read] : [];
      });
      const id = ++builds;
      const decisions = options.decisions ?? [];
      if (phased) {
        return guard(
          files.map((name) => ({ name })),
          () => {
            const known = proposed;
            const previous = known && known.salt === salt ? known.list : [];
            const { built, index } = buildPhaseOne(reads, options, salt, (dataset) =>
              provisionalProposals(previous, dataset, decisions),
            );
            const result = { ...built, buildId: id };
            last = { id, dataset: result.dataset, index, model: result.model, decisions };
            remember(result.dataset, result.model, index);
            return inSlices(result, transferables(result.model), onSlice);
          },
        );
      }
      last = null;
      // The reads are taken now, as asked; the build waits for thread work before it.
      return inTurn(() =>
        guardAsync(
          files.map((name) => ({ name })),
          async () => {
            const built = await buildFromReads(
              reads,
              options,
              salt,
              threads ? { runner: threads, onMetric: metricProgress(onProgress) } : undefined,
            );
            const result = { ...built, buildId: id };
            // A phased build asked for meanwhile is the last one: this one only answers.
            if (id === builds) {
              proposed = { salt, list: result.proposals };
              remember(result.dataset, result.model);
            }
            // The metric columns move to the page instead of being copied.
            return inSlices(result, transferables(result.model), onSlice);
          },
        ),
      );
    },
    async metrics(buildId, onProgress, onSlice) {
      return inTurn(async () => {
        const build = last;
        if (!build || build.id !== buildId) return null;
        const made = await buildMetrics(
          build.dataset,
          build.index,
          build.model,
          threads ? { runner: threads, onMetric: metricProgress(onProgress) } : undefined,
        );
        return inSlices(
          {
            buildId,
            organisations: made.organisations,
            errors: made.errors,
            columns: made.columns,
          },
          Object.values(made.columns).map((c) => c.buffer as ArrayBuffer),
          onSlice,
        );
      });
    },
    async proposals(buildId) {
      const build = last;
      if (!build || build.id !== buildId) return null;
      const list = buildProposals(build.dataset, build.decisions);
      proposed = { salt: build.model.salt, list };
      return { buildId, proposals: list };
    },
    async adopt(built) {
      last = null;
      proposed = { salt: built.model.salt, list: built.proposals };
      remember(built.dataset, built.model);
    },
    async refuse(name, reason) {
      refused.set(name, { ok: false, file: name, reason });
    },
    async forget(names) {
      cache.forget(names);
      if (!names) {
        // Another workspace: nothing of this one's builds may show in it.
        last = null;
        proposed = null;
      }
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

/**
 * A result for the page: with `onSlice`, its large collections sent first as slices (one message
 * each, read by the page in a short task each), awaited, so they are all there before the result
 * (they travel on another port, and ports keep no order between them).
 */
async function inSlices<T>(
  result: T,
  buffers: ArrayBuffer[],
  onSlice: ((slice: Slice) => void) | undefined,
): Promise<T> {
  if (!onSlice) return transfer(result, buffers);
  const { skeleton, slices } = splitLarge(result, SLICE_ITEMS);
  await Promise.all(slices.map((slice) => onSlice(slice)));
  return transfer(skeleton, buffers);
}

/**
 * Progress of the slowest metric (organisation betweenness, the searches shared over threads)
 * as tasks done of all; the others take a second or two.
 */
function metricProgress(onProgress?: (done: number, total: number) => void) {
  if (!onProgress) return undefined;
  return ({ graph, metric, done, total }: MetricProgress) => {
    if (graph === 'organisations' && metric === 'betweenness' && total > 0) onProgress(done, total);
  };
}

export const pipelineApi: PipelineApi = createPipelineApi();
