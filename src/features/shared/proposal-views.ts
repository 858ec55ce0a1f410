/**
 * A merge proposal joined with both of its organisations (name, number, place, clusters), for
 * the review list and for the tab row's count of proposals still open. Pure.
 */
import type { MergeProposal } from '../../domain/membership/proposals';
import type { Organisation } from '../../domain/membership/types';
import type { OrgIndex } from '../../state/org-index';

export interface ProposalSide {
  readonly org: Organisation;
  readonly clusters: readonly string[];
}

export interface ProposalView {
  /** Stable React key: both ids. */
  readonly key: string;
  readonly proposal: MergeProposal;
  readonly a: ProposalSide;
  readonly b: ProposalSide;
}

/** Proposals whose organisations are both still in the dataset, joined with them. */
export function proposalViews(
  proposals: readonly MergeProposal[],
  index: OrgIndex,
): ProposalView[] {
  const views: ProposalView[] = [];
  for (const proposal of proposals) {
    const a = index.byId.get(proposal.a);
    const b = index.byId.get(proposal.b);
    if (!a || !b || a === b) continue;
    views.push({
      key: `${proposal.a}\u0000${proposal.b}`,
      proposal,
      a: { org: a, clusters: index.clustersOf(a.id) },
      b: { org: b, clusters: index.clustersOf(b.id) },
    });
  }
  return views;
}
