/**
 * The partner finder for an organisation: the clusters it could join (those it is not in),
 * ranked by the same reasoning as for clusters (cluster-partners.ts):
 * - overlap: how many members its own clusters share with the candidate, o = Σ_C shared(C, B)
 *   over its clusters C, as O = o / (1 + o);
 * - co-members: members of the candidate who already sit in one of its clusters (people it
 *   knows there), m, as M = m / (1 + m);
 * - profile fit F (profile.ts) of the organisation's county and type against the candidate's
 *   members, 'similar' or 'complementary'.
 *
 *   score = 0.5·O + 0.25·M + 0.25·F
 *
 * Ties: more co-members, then dataset order.
 */
import type { MembershipIndex } from '../graph/membership-index';
import type { ClusterId, OrgId } from '../membership/types';
import type { Message } from '../messages/types';
import { clusterProfiles, type PartnerMode, sharedCounts } from './cluster-partners';
import { profileFit, profileOf } from './profile';

export interface ClusterToJoin {
  readonly cluster: ClusterId;
  readonly score: number;
  readonly overlap: number;
  /** Members of the candidate who share a cluster with the organisation. */
  readonly coMembers: readonly OrgId[];
  readonly reasons: readonly Message[];
}

export function clustersToJoin(
  index: MembershipIndex,
  org: OrgId,
  mode: PartnerMode = 'similar',
): ClusterToJoin[] {
  const own = index.clustersOf.get(org);
  if (!own) throw new Error(`clustersToJoin: no organisation "${org}".`);
  const shared = sharedCounts(index);
  const profiles = clusterProfiles(index);
  const me = profileOf([index.organisations.get(org)!]);
  const order = [...index.clusters.keys()];
  const ownSet = new Set(own);
  const out = order
    .filter((b) => !ownSet.has(b))
    .map((b): ClusterToJoin => {
      const overlap = own.reduce((sum, c) => sum + (shared.get(c)!.get(b) ?? 0), 0);
      const coMembers = index.membersOf
        .get(b)!
        .filter((o) => o !== org && index.clustersOf.get(o)!.some((c) => ownSet.has(c)));
      const fit = profileFit(me, profiles.get(b)!, mode);
      const reasons: Message[] = [];
      if (overlap > 0) reasons.push({ code: 'partners.overlapOwn', params: { count: overlap } });
      if (coMembers.length > 0) {
        reasons.push({ code: 'partners.coMembers', params: { count: coMembers.length } });
      }
      if (fit) {
        reasons.push({
          code: mode === 'similar' ? 'partners.similar' : 'partners.complementary',
          params: {
            county: fit.county === null ? '–' : Number(fit.county.toFixed(2)),
            type: fit.type === null ? '–' : Number(fit.type.toFixed(2)),
          },
        });
      }
      const m = coMembers.length;
      return {
        cluster: b,
        score: 0.5 * (overlap / (1 + overlap)) + 0.25 * (m / (1 + m)) + 0.25 * (fit?.fit ?? 0),
        overlap,
        coMembers,
        reasons,
      };
    });
  const position = new Map(order.map((c, i) => [c, i]));
  return out.sort(
    (x, y) =>
      y.score - x.score ||
      y.coMembers.length - x.coMembers.length ||
      position.get(x.cluster)! - position.get(y.cluster)!,
  );
}
