/**
 * Entity-resolution quality on generated messy lists: pairwise precision and recall of automatic
 * merges, then of automatic merges plus reviewed proposals (the reviewer accepts the true ones),
 * and of accepting every proposal above a score without review.
 */
import { buildDataset } from '../src/domain/membership/build-dataset';
import type { RecognitionDecision } from '../src/domain/membership/decisions';
import { proposeDuplicates, type MergeProposal } from '../src/domain/membership/proposals';
import type { Dataset } from '../src/domain/membership/types';
import { readMessyFiles } from './messy-files';
import { messyLists, type MessyLists } from './messy-lists';
import { pairScore, type PairScore } from './pairwise';

export interface ResolutionRow {
  readonly step: string;
  readonly organisations: number;
  readonly score: PairScore;
  readonly proposals?: number;
}

function scoreOf(lists: MessyLists, dataset: Dataset): PairScore {
  const orgOfRow = new Map<string, string>();
  for (const org of dataset.organisations)
    for (const s of org.sources) orgOfRow.set(`${s.file}:${s.row}`, org.id);
  const predicted = lists.truth.map(
    (t) => orgOfRow.get(`${t.file}:${t.row}`) ?? `missing:${t.file}:${t.row}`,
  );
  return pairScore(
    predicted,
    lists.truth.map((t) => t.truth),
  );
}

function majorityTruth(lists: MessyLists, dataset: Dataset): Map<string, number> {
  const truthOf = new Map(lists.truth.map((t) => [`${t.file}:${t.row}`, t.truth]));
  const result = new Map<string, number>();
  for (const org of dataset.organisations) {
    const counts = new Map<number, number>();
    for (const s of org.sources) {
      const t = truthOf.get(`${s.file}:${s.row}`)!;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    result.set(org.id, [...counts].sort((a, b) => b[1] - a[1])[0]![0]);
  }
  return result;
}

const merges = (proposals: readonly MergeProposal[]): RecognitionDecision[] =>
  proposals.map((p) => ({ kind: 'merge', a: p.a, b: p.b }));

export function entityResolutionBench(seed: number, organisations: number, lists: number) {
  const data = messyLists(seed, organisations, lists);
  // Through the file reader, as the app and the CLI read lists.
  const reads = readMessyFiles(data);
  const automatic = buildDataset(reads);
  const proposals = proposeDuplicates(automatic.organisations);
  const truth = majorityTruth(data, automatic);
  const trueProposals = proposals.filter((p) => truth.get(p.a) === truth.get(p.b));
  const reviewed = buildDataset(reads, { decisions: merges(trueProposals) });
  const rows: ResolutionRow[] = [
    {
      step: 'automatic (number, then name key)',
      organisations: automatic.organisations.length,
      score: scoreOf(data, automatic),
    },
    {
      step: 'automatic + reviewed proposals',
      organisations: reviewed.organisations.length,
      score: scoreOf(data, reviewed),
      proposals: proposals.length,
    },
  ];
  for (const threshold of [0.9, 0.8]) {
    const accepted = proposals.filter((p) => p.score >= threshold);
    const dataset = buildDataset(reads, { decisions: merges(accepted) });
    rows.push({
      step: `automatic + every proposal >= ${threshold} (no review)`,
      organisations: dataset.organisations.length,
      score: scoreOf(data, dataset),
      proposals: accepted.length,
    });
  }
  return {
    rows,
    noise: data.noise,
    trueOrganisations: organisations,
    proposalPrecision: proposals.length ? trueProposals.length / proposals.length : 1,
  };
}
