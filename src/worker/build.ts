/**
 * One rebuild from cached reads: the dataset under the user's options, its analysis, the merge
 * proposals left to review (pairs the user kept apart are not proposed again), the previews,
 * and the page model (ids, indexes, metrics by page id) the views read.
 *
 * A rebuild can come in two phases, so a decision shows its counts and lists at once: phase one
 * is everything but the organisation metrics and the proposals (about a third of the work at ten
 * times the example data); `buildMetrics` and `buildProposals` then make those, each one call,
 * while the page already shows phase one.
 */
import {
  analyse,
  analyseInParallel,
  type ParallelAnalyseOptions,
} from '../domain/analysis/analyse';
import {
  organisationMetrics,
  organisationMetricsInParallel,
  type OrganisationMetrics,
} from '../domain/analysis/organisation-metrics';
import { indexMemberships, type MembershipIndex } from '../domain/graph/membership-index';
import { buildDataset, type BuildOptions } from '../domain/membership/build-dataset';
import type { RecognitionDecision } from '../domain/membership/decisions';
import { proposeDuplicates, type MergeProposal } from '../domain/membership/proposals';
import type { FileRead } from '../domain/membership/table';
import type { Dataset, OrgId } from '../domain/membership/types';
import { buildPageModel, organisationColumns } from '../domain/page/build-model';
import type { MetricColumns, PageModel } from '../domain/page/model';
import { safeRecord } from '../domain/records/safe-record';
import { fileStatus, tablePreviews } from './previews';
import type { BuildResult } from './types';

/** The salt of a build that names none (the CLI, tests). */
export const DEFAULT_SALT = 'klyngekart';

type Built = Extract<BuildResult, { ok: true }>;

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

/**
 * What is left of the last proposals on a new dataset, until the new ones are made: pairs whose
 * two organisations are both still there and not kept apart (a merge takes its pair away, since
 * the merged-in organisation is gone). Never a pair that is not in the data.
 */
export function provisionalProposals(
  previous: readonly MergeProposal[],
  dataset: Dataset,
  decisions: readonly RecognitionDecision[],
): MergeProposal[] {
  const ids = new Set<OrgId>(dataset.organisations.map((o) => o.id));
  return withoutKeptApart(
    previous.filter((p) => ids.has(p.a) && ids.has(p.b)),
    decisions,
  );
}

const safeOptions = (options: BuildOptions): BuildOptions => ({
  // Keyed by user text and plain again after postMessage: a table of a file named "constructor"
  // must not find Object.prototype.constructor as its mapping.
  ...options,
  mappings: safeRecord(options.mappings ?? {}),
  placements: safeRecord(options.placements ?? {}),
  register: safeRecord(options.register ?? {}),
});

export interface PhasedBuild {
  /** What the page shows first: metricsPending and proposalsPending true. */
  readonly built: Built;
  readonly index: MembershipIndex;
}

/**
 * Phase one: dataset, analysis without organisation metrics (their columns NaN), page model,
 * previews, and `proposals` as given (provisionalProposals of the last build, or none).
 */
export function buildPhaseOne(
  reads: readonly FileRead[],
  options: BuildOptions,
  salt = DEFAULT_SALT,
  proposals: (dataset: Dataset) => readonly MergeProposal[] = () => [],
): PhasedBuild {
  const safe = safeOptions(options);
  const dataset = buildDataset(reads, safe);
  // One index for the analysis and for phase two and the county views after it.
  const index = indexMemberships(dataset);
  const analysis = analyse(dataset, { organisationMetrics: false }, index);
  return {
    built: {
      ok: true,
      buildId: 0,
      dataset,
      analysis,
      model: buildPageModel(dataset, analysis, salt, { organisationMetricsPending: true }),
      proposals: proposals(dataset),
      metricsPending: true,
      proposalsPending: true,
      previews: tablePreviews(reads, safe.mappings),
      files: reads.map(fileStatus),
    },
    index,
  };
}

/** The metrics' threads (metrics-threads.ts) and who hears of their progress; none: one thread. */
export type MetricThreads = Omit<ParallelAnalyseOptions, 'countyLinks' | 'organisationMetrics'>;

/** Phase two, first call: the organisation metrics, and the model's columns made from them. */
export async function buildMetrics(
  dataset: Dataset,
  index: MembershipIndex,
  model: Pick<PageModel, 'orgOrder' | 'internalOrg'>,
  threads?: MetricThreads,
): Promise<OrganisationMetrics & { readonly columns: MetricColumns }> {
  const metrics = threads
    ? await organisationMetricsWith(index, threads)
    : organisationMetrics(index);
  return { ...metrics, columns: organisationColumns(dataset, model, metrics.organisations) };
}

/** Phase two, second call: the proposals left to review. */
export function buildProposals(
  dataset: Dataset,
  decisions: readonly RecognitionDecision[],
): MergeProposal[] {
  return withoutKeptApart(proposeDuplicates(dataset.organisations), decisions);
}

function organisationMetricsWith(
  index: MembershipIndex,
  { runner, onMetric }: MetricThreads,
): Promise<OrganisationMetrics> {
  let metric = '';
  return organisationMetricsInParallel(index, undefined, {
    runner,
    onMetric: (id) =>
      onMetric?.({ graph: 'organisations', metric: (metric = id), done: 0, total: 0 }),
    onProgress: (done, total) => onMetric?.({ graph: 'organisations', metric, done, total }),
  });
}

/** The whole build in one go (the CLI, tests, and the bench's baseline). */
export async function buildFromReads(
  reads: readonly FileRead[],
  options: BuildOptions,
  salt = DEFAULT_SALT,
  threads?: MetricThreads,
): Promise<Built> {
  const safe = safeOptions(options);
  const dataset = buildDataset(reads, safe);
  const analysis = threads ? await analyseInParallel(dataset, threads) : analyse(dataset);
  const proposals = buildProposals(dataset, options.decisions ?? []);
  return {
    ok: true,
    buildId: 0,
    dataset,
    analysis,
    model: buildPageModel(dataset, analysis, salt),
    proposals,
    metricsPending: false,
    proposalsPending: false,
    previews: tablePreviews(reads, safe.mappings),
    files: reads.map(fileStatus),
  };
}
