/**
 * What the county-link views show beside the matrix: for one ordered pair of units (A, B), the
 * clusters that carry its links and the organisations behind them; and per cluster, its members
 * by unit of a scheme (fig. 3-4) and by member type (fig. 3-2). Pure functions over the
 * membership index, id-keyed; the same counting rules as county-links.ts.
 */
import type { ClusterId, MemberType, OrgId } from '../membership/types';
import { countyScheme, type UnplacedReason } from '../geo/schemes';
import { type CountyLinkOptions, countedMembers } from './county-links';
import type { MembershipIndex } from './membership-index';

export interface LinkCarrier {
  readonly cluster: ClusterId;
  /** Ordered pairs (a in A, b in B, a != b) both in this cluster. */
  readonly pairs: number;
  /** Members of the cluster placed in A and in B, in the cluster's member order. */
  readonly from: readonly OrgId[];
  readonly to: readonly OrgId[];
}

/**
 * Clusters carrying links from unit `from` to unit `to` (indices into the scheme's units), by
 * pairs desc then dataset order. A pair sharing two clusters appears under both, so the carriers'
 * pairs may add up to more than the matrix cell.
 */
export function linkCarriers(
  index: MembershipIndex,
  from: number,
  to: number,
  options: CountyLinkOptions = {},
): LinkCarrier[] {
  const { clusters, unitOf } = countedMembers(index, options);
  const carriers: LinkCarrier[] = [];
  for (const cluster of clusters) {
    const members = index.membersOf.get(cluster)!;
    const inFrom = members.filter((o) => unitOf.get(o) === from);
    const inTo = from === to ? inFrom : members.filter((o) => unitOf.get(o) === to);
    const pairs = inFrom.length * inTo.length - (from === to ? inFrom.length : 0);
    if (pairs > 0) carriers.push({ cluster, pairs, from: inFrom, to: inTo });
  }
  // Stable sort keeps dataset order among equals.
  return carriers.sort((x, y) => y.pairs - x.pairs);
}

/** The organisations behind a cell: every member in A or B of a carrying cluster, once each. */
export function linkOrganisations(carriers: readonly LinkCarrier[]): {
  from: OrgId[];
  to: OrgId[];
} {
  const from = new Set<OrgId>();
  const to = new Set<OrgId>();
  for (const c of carriers) {
    c.from.forEach((o) => from.add(o));
    c.to.forEach((o) => to.add(o));
  }
  return { from: [...from], to: [...to] };
}

export interface ClusterByUnit {
  readonly cluster: ClusterId;
  readonly members: number;
  /** Members per unit of the scheme, in display order. */
  readonly byUnit: readonly number[];
  readonly unplaced: Readonly<Record<UnplacedReason, number>>;
}

/** Each cluster's members by unit (fig. 3-4), in dataset order; `clusters` filters as above. */
export function clusterMembersByUnit(
  index: MembershipIndex,
  options: CountyLinkOptions = {},
): ClusterByUnit[] {
  const unitCount = countyScheme(options.scheme ?? '2024').units.length;
  const { clusters, unitOf, reasonOf } = countedMembers(index, options);
  return clusters.map((cluster) => {
    const members = index.membersOf.get(cluster)!;
    const byUnit = new Array<number>(unitCount).fill(0);
    const unplaced = { abroad: 0, unknown: 0, ambiguous: 0 };
    for (const org of members) {
      const unit = unitOf.get(org)!;
      if (unit >= 0) byUnit[unit]!++;
      else unplaced[reasonOf.get(org)!]++;
    }
    return { cluster, members: members.length, byUnit, unplaced };
  });
}

export const MEMBER_TYPE_COLUMNS: readonly (MemberType | 'unknown')[] = [
  'startup',
  'established',
  'public',
  'research',
  'investor',
  'unknown',
];

/** Each cluster's members by five-factor type, plus 'unknown' (fig. 3-2), in dataset order. */
export function clusterMembersByType(
  index: MembershipIndex,
): { cluster: ClusterId; byType: Readonly<Record<MemberType | 'unknown', number>> }[] {
  return [...index.clusters.keys()].map((cluster) => {
    const byType = { startup: 0, established: 0, public: 0, research: 0, investor: 0, unknown: 0 };
    for (const org of index.membersOf.get(cluster)!) {
      byType[index.organisations.get(org)!.type ?? 'unknown']++;
    }
    return { cluster, byType };
  });
}
