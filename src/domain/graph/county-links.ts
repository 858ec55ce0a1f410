/**
 * County links, the measure of the report's fig. 3-5: for 2024 counties A and B, the average
 * over member organisations `a` placed in A of the number of OTHER member organisations placed
 * in B that share at least one cluster with `a`.
 *
 * Definitions, so every number can be checked by hand:
 * - A member is an organisation in at least one cluster. Only members placed in a 2024 county
 *   (placement.kind 'county') count, as rows (the `a`) and as columns (the `b`); members abroad,
 *   unknown or ambiguous (e.g. "Viken" without a municipality) are left out of both and counted
 *   in `leftOut`.
 * - `a` and `b` are linked when they share a cluster; sharing two clusters is still one link.
 * - pairs[A][B] counts ORDERED linked pairs (a, b) with a in A, b in B, a != b. It is symmetric
 *   (pairs[A][B] = pairs[B][A]). Inside one county each linked pair {a, b} is counted twice,
 *   once from each end, so that everywhere perMember[A][B] = pairs[A][B] / members[A].
 * - perMember[A][B] is 0 when A has no members (no average to take).
 *
 * Cost: for each member, its co-members are gathered from its clusters' member lists and
 * deduplicated with a stamp array, i.e. sum over clusters of |cluster|^2 steps at most: about
 * 0.1 M for the report's 1 276 organisations, tens of millions for 20 000.
 */
import { COUNTIES_2024, countyName } from '../geo/counties';
import type { CountyNumber } from '../geo/types';
import type { CountyLinks } from '../analysis/types';
import type { OrgId } from '../membership/types';
import type { MembershipIndex } from './membership-index';

/** Members the measure could not place, by reason. */
export interface CountyLinksLeftOut {
  readonly abroad: number;
  readonly unknown: number;
  readonly ambiguous: number;
}

/** The contract's CountyLinks, plus who was left out (an addition the contract allows). */
export interface CountyLinksResult extends CountyLinks {
  readonly leftOut: CountyLinksLeftOut;
}

export function computeCountyLinks(index: MembershipIndex): CountyLinksResult {
  const counties = COUNTIES_2024.map((c) => c.number);
  const k = counties.length;
  const countyIndex = new Map<CountyNumber, number>(counties.map((c, i) => [c, i]));

  // Dense numbering of members; county -1 for members not placed in a county.
  const memberIds: OrgId[] = [];
  const dense = new Map<OrgId, number>();
  const leftOut = { abroad: 0, unknown: 0, ambiguous: 0 };
  for (const [id, clusters] of index.clustersOf) {
    if (clusters.length === 0) continue;
    dense.set(id, memberIds.length);
    memberIds.push(id);
  }
  const countyOf = new Int32Array(memberIds.length).fill(-1);
  const members = new Float64Array(k);
  memberIds.forEach((id, i) => {
    const placement = index.organisations.get(id)!.placement;
    if (placement.kind === 'county') {
      countyOf[i] = countyIndex.get(placement.county)!;
      members[countyOf[i]!]!++;
    } else {
      leftOut[placement.kind]++;
    }
  });

  // Member lists by dense member number, and each member's clusters by list position, so the
  // inner loop touches typed arrays only.
  const clusterPosition = new Map([...index.membersOf.keys()].map((id, i) => [id, i]));
  const clusterMembers = [...index.membersOf.values()].map((orgs) =>
    Int32Array.from(orgs, (org) => dense.get(org)!),
  );
  const memberClusters = memberIds.map((id) =>
    Int32Array.from(index.clustersOf.get(id)!, (c) => clusterPosition.get(c)!),
  );

  // ordered[A * k + B]: ordered linked pairs (a in A, b in B).
  const ordered = new Float64Array(k * k);
  const stamp = new Int32Array(memberIds.length).fill(-1);
  for (let a = 0; a < memberIds.length; a++) {
    const from = countyOf[a]!;
    if (from < 0) continue;
    const row = from * k;
    stamp[a] = a; // never count a as its own co-member
    const clusters = memberClusters[a]!;
    for (let c = 0; c < clusters.length; c++) {
      const list = clusterMembers[clusters[c]!]!;
      for (let j = 0; j < list.length; j++) {
        const b = list[j]!;
        if (stamp[b] === a) continue;
        stamp[b] = a;
        const to = countyOf[b]!;
        if (to >= 0) ordered[row + to]!++;
      }
    }
  }

  const names = counties.map((c) => countyName(c));
  const membersByName: Record<string, number> = {};
  const perMember: Record<string, Record<string, number>> = {};
  const pairs: Record<string, Record<string, number>> = {};
  names.forEach((from, i) => {
    membersByName[from] = members[i]!;
    perMember[from] = {};
    pairs[from] = {};
    names.forEach((to, j) => {
      const count = ordered[i * k + j]!;
      pairs[from]![to] = count;
      perMember[from]![to] = members[i]! > 0 ? count / members[i]! : 0;
    });
  });

  return { scheme: '2024', counties: names, members: membersByName, perMember, pairs, leftOut };
}
