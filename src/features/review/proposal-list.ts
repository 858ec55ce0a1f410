/**
 * The review list of possible duplicates as the panel shows it: each proposal joined with both
 * organisations (name, number, place, clusters), filtered by a lowest score and a search text,
 * sorted as the user asks; and the "merge all at or above a score" batch. Pure, so it is tested
 * without a browser.
 */
import type { RecognitionDecision } from '../../domain/membership/decisions';
import type { ProposalView } from '../shared/proposal-views';

export type ProposalSort = 'score-desc' | 'score-asc' | 'name';

export const PROPOSAL_SORTS: readonly ProposalSort[] = ['score-desc', 'score-asc', 'name'];

/** Slider values are decimals such as 0.85; scores such as 0.85 must count as "at least 0.85". */
const EPSILON = 1e-9;

export function atOrAbove(score: number, threshold: number): boolean {
  return score >= threshold - EPSILON;
}

function matches(view: ProposalView, needle: string): boolean {
  if (needle === '') return true;
  const digits = needle.replace(/\s+/g, '');
  return [view.a.org, view.b.org].some(
    (org) =>
      [org.name, ...org.aliases].some((n) => n.toLocaleLowerCase('nb').includes(needle)) ||
      (/^\d+$/.test(digits) && (org.orgNumber ?? '').includes(digits)),
  );
}

export function filterProposals(
  views: readonly ProposalView[],
  filter: { readonly minScore: number; readonly query: string },
): ProposalView[] {
  const needle = filter.query.trim().toLocaleLowerCase('nb');
  return views.filter((v) => atOrAbove(v.proposal.score, filter.minScore) && matches(v, needle));
}

const byName = (x: ProposalView, y: ProposalView) =>
  x.a.org.name.localeCompare(y.a.org.name, 'nb') || x.b.org.name.localeCompare(y.b.org.name, 'nb');

export function sortProposals(views: readonly ProposalView[], sort: ProposalSort): ProposalView[] {
  const sorted = [...views];
  if (sort === 'name') return sorted.sort((x, y) => byName(x, y) || x.key.localeCompare(y.key));
  const sign = sort === 'score-desc' ? -1 : 1;
  return sorted.sort(
    (x, y) =>
      sign * (x.proposal.score - y.proposal.score) || byName(x, y) || x.key.localeCompare(y.key),
  );
}

/** One merge per proposal at or above the threshold, most alike first (the order they replay). */
export function mergesAtOrAbove(
  views: readonly ProposalView[],
  threshold: number,
): RecognitionDecision[] {
  return sortProposals(
    views.filter((v) => atOrAbove(v.proposal.score, threshold)),
    'score-desc',
  ).map((v) => ({ kind: 'merge', a: v.proposal.a, b: v.proposal.b }));
}

/** The lowest and highest score, for the slider's range; [0, 1] when there is nothing. */
export function scoreRange(views: readonly ProposalView[]): readonly [number, number] {
  if (views.length === 0) return [0, 1];
  let low = Infinity;
  let high = -Infinity;
  for (const v of views) {
    low = Math.min(low, v.proposal.score);
    high = Math.max(high, v.proposal.score);
  }
  return [low, high];
}
