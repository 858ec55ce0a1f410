/**
 * The partner finder for a cluster: every other cluster once, ranked by a score, with the
 * reasons as messages ({code, params}) that the UI and CLI render in words (words.ts).
 *
 * For picked cluster A and candidate B (N = organisations in at least one cluster):
 * - shared s = |A ∩ B|, lift = s·N / (|A|·|B|) (how many times more members they share than two
 *   random lists of their sizes would): L = lift / (1 + lift);
 * - introducers: the members of both, then the members of A who sit in another cluster C that
 *   shares members with B (they know people there);
 * - for candidates sharing no one, link prediction over two-step paths in the overlap graph:
 *   resource allocation, RA = Σ over clusters C overlapping both of 1 / deg(C) (deg: overlap
 *   partners of C), R = RA / (1 + RA);
 * - profile fit F in [0, 1] (profile.ts): cosine of county and of member-type profiles, as
 *   'similar' (cosine) or 'complementary' (1 - cosine); 0 when the lists say nothing.
 *
 *   score = (s > 0 ? 0.5 + 0.5·L : 0.5·R) + 0.25·F
 *
 * so a cluster that shares members always outranks one that does not, save for profile fit,
 * which can lift a cluster by at most 0.25. Ties: more shared members, then dataset order.
 */
import type { MembershipIndex } from '../graph/membership-index';
import type { ClusterId, OrgId } from '../membership/types';
import type { Message } from '../messages/types';
import { profileFit, profileOf, type Profiles } from './profile';

export type PartnerMode = 'similar' | 'complementary';

export interface ClusterPartner {
  readonly cluster: ClusterId;
  readonly score: number;
  readonly shared: number;
  readonly lift: number;
  /** Members of both first (dataset order), then members of A linked to B through a third. */
  readonly introducers: readonly OrgId[];
  readonly direct: number;
  readonly reasons: readonly Message[];
}

/** Shared members per cluster pair, from each organisation's own clusters. */
export function sharedCounts(index: MembershipIndex): Map<ClusterId, Map<ClusterId, number>> {
  const shared = new Map<ClusterId, Map<ClusterId, number>>();
  for (const id of index.clusters.keys()) shared.set(id, new Map());
  for (const clusters of index.clustersOf.values()) {
    for (const a of clusters) {
      const row = shared.get(a)!;
      for (const b of clusters) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return shared;
}

export function organisationsInClusters(index: MembershipIndex): number {
  let n = 0;
  for (const clusters of index.clustersOf.values()) if (clusters.length > 0) n++;
  return n;
}

export function clusterProfiles(index: MembershipIndex): Map<ClusterId, Profiles> {
  const out = new Map<ClusterId, Profiles>();
  for (const [id, members] of index.membersOf) {
    out.set(id, profileOf(members.map((o) => index.organisations.get(o)!)));
  }
  return out;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

export function clusterPartners(
  index: MembershipIndex,
  picked: ClusterId,
  mode: PartnerMode = 'similar',
): ClusterPartner[] {
  if (!index.clusters.has(picked)) throw new Error(`clusterPartners: no cluster "${picked}".`);
  const shared = sharedCounts(index);
  const n = organisationsInClusters(index);
  const profiles = clusterProfiles(index);
  const size = (c: ClusterId) => index.membersOf.get(c)!.length;
  const mine = shared.get(picked)!;
  const membersA = index.membersOf.get(picked)!;
  const order = [...index.clusters.keys()];

  const partners = order
    .filter((b) => b !== picked)
    .map((b): ClusterPartner => {
      const s = mine.get(b) ?? 0;
      const lift = s > 0 ? (s * n) / (size(picked) * size(b)) : 0;
      const reasons: Message[] = [];
      const direct = membersA.filter((o) => index.clustersOf.get(o)!.includes(b));
      const partnersOfB = shared.get(b)!;
      const indirect = membersA.filter((o) => {
        const cs = index.clustersOf.get(o)!;
        return !cs.includes(b) && cs.some((c) => c !== picked && partnersOfB.has(c));
      });
      let base: number;
      if (s > 0) {
        base = 0.5 + 0.5 * (lift / (1 + lift));
        reasons.push({ code: 'partners.shared', params: { count: s, lift: round(lift, 2) } });
      } else {
        let ra = 0;
        let paths = 0;
        for (const c of mine.keys()) {
          if (partnersOfB.has(c)) {
            ra += 1 / shared.get(c)!.size;
            paths++;
          }
        }
        base = 0.5 * (ra / (1 + ra));
        reasons.push(
          paths > 0
            ? { code: 'partners.twoStep', params: { paths, score: round(ra) } }
            : { code: 'partners.noPath' },
        );
      }
      if (direct.length > 0) {
        reasons.push({ code: 'partners.introducers', params: { count: direct.length } });
      }
      if (indirect.length > 0) {
        reasons.push({ code: 'partners.indirect', params: { count: indirect.length } });
      }
      const fit = profileFit(profiles.get(picked)!, profiles.get(b)!, mode);
      if (fit) {
        reasons.push({
          code: mode === 'similar' ? 'partners.similar' : 'partners.complementary',
          params: {
            county: fit.county === null ? '–' : round(fit.county, 2),
            type: fit.type === null ? '–' : round(fit.type, 2),
          },
        });
      }
      return {
        cluster: b,
        score: base + 0.25 * (fit?.fit ?? 0),
        shared: s,
        lift,
        introducers: [...direct, ...indirect],
        direct: direct.length,
        reasons,
      };
    });
  const position = new Map(order.map((c, i) => [c, i]));
  return partners.sort(
    (x, y) =>
      y.score - x.score ||
      y.shared - x.shared ||
      position.get(x.cluster)! - position.get(y.cluster)!,
  );
}
