/**
 * The partner finder in the worker: it keeps the dataset and page model of the last build, and
 * answers for a cluster (the clusters to partner with) or an organisation (the clusters it could
 * join) in page ids, so the page never holds internal ids. At 10x the default data one ranking
 * takes about half a second (bench), too long for the main thread.
 */
import { indexMemberships, type MembershipIndex } from '../domain/graph/membership-index';
import type { Dataset } from '../domain/membership/types';
import type { Message } from '../domain/messages/types';
import type { PageClusterId, PageOrgId } from '../domain/page/ids';
import type { PageModel } from '../domain/page/model';
import { clusterPartners, type PartnerMode } from '../domain/partners/cluster-partners';
import { clustersToJoin } from '../domain/partners/organisation-partners';

export type PartnerRequest =
  | { readonly kind: 'cluster'; readonly id: PageClusterId; readonly mode: PartnerMode }
  | { readonly kind: 'organisation'; readonly id: PageOrgId; readonly mode: PartnerMode };

export interface PartnerCandidate {
  readonly cluster: PageClusterId;
  readonly score: number;
  /** Members shared with the picked cluster (0 for an organisation's candidates). */
  readonly shared: number;
  readonly lift: number;
  /** Members of both, then members linked through a third cluster; co-members for an organisation. */
  readonly introducers: readonly PageOrgId[];
  readonly direct: number;
  /** For an organisation: memberships its clusters share with the candidate. */
  readonly overlap: number;
  readonly reasons: readonly Message[];
}

export type PartnerResult =
  | { readonly ok: true; readonly candidates: readonly PartnerCandidate[] }
  /** 'no-build': this worker has no build (it was restarted); 'unknown': no such id in it. */
  | { readonly ok: false; readonly reason: 'no-build' | 'unknown' };

export interface PartnerFinder {
  remember(dataset: Dataset, model: PageModel): void;
  find(request: PartnerRequest): PartnerResult;
}

export function createPartnerFinder(): PartnerFinder {
  let last: { dataset: Dataset; model: PageModel; index?: MembershipIndex } | null = null;
  return {
    remember(dataset, model) {
      last = { dataset, model };
    },
    find(request) {
      if (!last) return { ok: false, reason: 'no-build' };
      const { model } = last;
      const index = (last.index ??= indexMemberships(last.dataset));
      const clusterId = (c: Parameters<typeof model.clusterPageId.get>[0]) =>
        model.clusterPageId.get(c)!;
      const orgId = (o: Parameters<typeof model.orgPageId.get>[0]) => model.orgPageId.get(o)!;
      if (request.kind === 'cluster') {
        const internal = model.internalCluster.get(request.id);
        if (internal === undefined) return { ok: false, reason: 'unknown' };
        return {
          ok: true,
          candidates: clusterPartners(index, internal, request.mode).map((p) => ({
            cluster: clusterId(p.cluster),
            score: p.score,
            shared: p.shared,
            lift: p.lift,
            introducers: p.introducers.map(orgId),
            direct: p.direct,
            overlap: 0,
            reasons: p.reasons,
          })),
        };
      }
      const internal = model.internalOrg.get(request.id);
      if (internal === undefined) return { ok: false, reason: 'unknown' };
      return {
        ok: true,
        candidates: clustersToJoin(index, internal, request.mode).map((p) => ({
          cluster: clusterId(p.cluster),
          score: p.score,
          shared: 0,
          lift: 0,
          introducers: p.coMembers.map(orgId),
          direct: p.coMembers.length,
          overlap: p.overlap,
          reasons: p.reasons,
        })),
      };
    },
  };
}
