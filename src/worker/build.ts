/**
 * One rebuild from cached reads: the dataset under the user's options, its analysis, the merge
 * proposals left to review (pairs the user kept apart are not proposed again) and the previews.
 */
import { analyse } from '../domain/analysis/analyse';
import { buildDataset, type BuildOptions } from '../domain/membership/build-dataset';
import type { RecognitionDecision } from '../domain/membership/decisions';
import { proposeDuplicates, type MergeProposal } from '../domain/membership/proposals';
import type { FileRead } from '../domain/membership/table';
import { fileStatus, tablePreviews } from './previews';
import type { BuildResult } from './types';

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

export function buildFromReads(
  reads: readonly FileRead[],
  options: BuildOptions,
): Extract<BuildResult, { ok: true }> {
  const dataset = buildDataset(reads, options);
  const analysis = analyse(dataset);
  const proposals = withoutKeptApart(
    proposeDuplicates(dataset.organisations),
    options.decisions ?? [],
  );
  return {
    ok: true,
    dataset,
    analysis,
    proposals,
    previews: tablePreviews(reads, options.mappings),
    files: reads.map(fileStatus),
  };
}
