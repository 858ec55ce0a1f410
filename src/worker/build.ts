/**
 * One rebuild from cached reads: the dataset under the user's options, its analysis, the merge
 * proposals left to review (pairs the user kept apart are not proposed again), the previews,
 * and the page model (ids, indexes, metrics by page id) the views read.
 */
import {
  analyse,
  analyseInParallel,
  type ParallelAnalyseOptions,
} from '../domain/analysis/analyse';
import { buildDataset, type BuildOptions } from '../domain/membership/build-dataset';
import type { RecognitionDecision } from '../domain/membership/decisions';
import { proposeDuplicates, type MergeProposal } from '../domain/membership/proposals';
import type { FileRead } from '../domain/membership/table';
import { buildPageModel } from '../domain/page/build-model';
import { safeRecord } from '../domain/records/safe-record';
import { fileStatus, tablePreviews } from './previews';
import type { BuildResult } from './types';

/** The salt of a build that names none (the CLI, tests). */
export const DEFAULT_SALT = 'klyngekart';

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Proposals minus the pairs a 'keep-apart' decision names, in either order. */
export function withoutKeptApart(
  proposals: readonly MergeProposal[],
  decisions: readonly RecognitionDecision[],
): MergeProposal[] {
  const apart = new Set(
    decisions.flatMap((d) => (d.kind === 'keep-apart' ? [pairKey(d.a, d.b)] : [])),
  );
  if (apart.size === 0) return [...proposals];
  return proposals.filter((p) => !apart.has(pairKey(p.a, p.b)));
}

/** The metrics' threads (metrics-threads.ts) and who hears of their progress; none: one thread. */
export type MetricThreads = Omit<ParallelAnalyseOptions, 'countyLinks'>;

export async function buildFromReads(
  reads: readonly FileRead[],
  options: BuildOptions,
  salt = DEFAULT_SALT,
  threads?: MetricThreads,
): Promise<Extract<BuildResult, { ok: true }>> {
  // Keyed by user text and plain again after postMessage: a table of a file named "constructor"
  // must not find Object.prototype.constructor as its mapping.
  const safe: BuildOptions = {
    ...options,
    mappings: safeRecord(options.mappings ?? {}),
    placements: safeRecord(options.placements ?? {}),
    register: safeRecord(options.register ?? {}),
  };
  const dataset = buildDataset(reads, safe);
  const analysis = threads ? await analyseInParallel(dataset, threads) : analyse(dataset);
  const proposals = withoutKeptApart(
    proposeDuplicates(dataset.organisations),
    options.decisions ?? [],
  );
  return {
    ok: true,
    dataset,
    analysis,
    model: buildPageModel(dataset, analysis, salt),
    proposals,
    previews: tablePreviews(reads, safe.mappings),
    files: reads.map(fileStatus),
  };
}
