/**
 * County links, the measure of the report's fig. 3-5, under a county scheme (geo/schemes.ts) and
 * optionally through selected clusters only. Results are keyed by unit index (the scheme's
 * display order) and cluster/organisation ids; names are put on at the JSON boundary
 * (analysis/analyse.ts).
 *
 * Definitions, so every number can be checked by hand:
 * - The members that count are the organisations in at least one counted cluster (all clusters,
 *   or the `clusters` option). Each is placed in a unit of the scheme, or unplaced (abroad,
 *   unknown, or ambiguous under that scheme; see schemes.ts) and counted in `unplaced`, never
 *   dropped silently. Unplaced members are neither rows nor columns.
 * - a and b are linked when a != b and they share at least one counted cluster; sharing two is
 *   still one link.
 * - pairs[A][B]: ORDERED linked pairs (a in A, b in B); symmetric. Inside one unit each linked
 *   pair {a, b} counts twice, once from each end, so that perMember[A][B] = pairs[A][B] / n_A.
 * - perMember[A][B] = pairs[A][B] / n_A; 0 when A has no members.
 * - lift[A][B] = pairs[A][B] / E[A][B], E[A][B] = P * n_A * (n_B - [A = B]) / (N * (N - 1)), with
 *   N the placed members, n_A those in A and P the sum of pairs over the whole matrix: the count
 *   if the same number of links were spread over placed members at random. null where E is 0
 *   (or N < 2). Since the E sum to P, lift averages to 1 weighted by E.
 *
 * Cost, without enumerating organisation pairs: each cluster's unit histogram h_c gives
 * sum_c h_c h_c^T, which counts every ordered pair (a, b) once per shared cluster, and (a, a)
 * once per cluster of a. Subtracting the diagonal terms leaves only pairs sharing two or more
 * clusters over-counted; both ends of such a pair are multi-cluster members, so the correction
 * walks only those (a stamp array over their co-members in the few clusters they hold): about
 * sum over clusters of (multi-cluster members in it)^2 steps, plus clusters * units^2.
 */
import type { ClusterId, OrgId } from '../membership/types';
import {
  type CountySchemeId,
  countyScheme,
  schemePlacer,
  type SchemeUnit,
  type UnplacedReason,
} from '../geo/schemes';
import type { MembershipIndex } from './membership-index';

export interface CountyLinkOptions {
  /** Defaults to '2024'. */
  readonly scheme?: CountySchemeId;
  /** Count only these clusters (links through them, their members); all when absent. */
  readonly clusters?: ReadonlySet<ClusterId>;
}

export interface UnplacedCount {
  readonly total: number;
  readonly abroad: number;
  readonly unknown: number;
  readonly ambiguous: number;
}

export interface CountyLinkMatrix {
  readonly scheme: CountySchemeId;
  /** Rows and columns, in display order. */
  readonly units: readonly SchemeUnit[];
  /** n_A: placed members per unit. */
  readonly members: readonly number[];
  readonly pairs: readonly (readonly number[])[];
  readonly perMember: readonly (readonly number[])[];
  readonly lift: readonly (readonly (number | null)[])[];
  /** P: the sum of pairs over the matrix. */
  readonly totalPairs: number;
  /** N: placed members. */
  readonly placed: number;
  readonly unplaced: UnplacedCount;
}

/** The counted clusters in dataset order and, per member, its unit (-1 unplaced) and reason. */
export interface CountedMembers {
  readonly clusters: readonly ClusterId[];
  readonly unitOf: ReadonlyMap<OrgId, number>;
  readonly reasonOf: ReadonlyMap<OrgId, UnplacedReason>;
}

export function countedMembers(
  index: MembershipIndex,
  options: CountyLinkOptions = {},
): CountedMembers {
  const place = schemePlacer(countyScheme(options.scheme ?? '2024'));
  const clusters = [...index.clusters.keys()].filter(
    (c) => !options.clusters || options.clusters.has(c),
  );
  const unitOf = new Map<OrgId, number>();
  const reasonOf = new Map<OrgId, UnplacedReason>();
  for (const cluster of clusters) {
    for (const org of index.membersOf.get(cluster)!) {
      if (unitOf.has(org)) continue;
      const where = place(index.organisations.get(org)!.placement);
      unitOf.set(org, where.unit);
      if (where.reason) reasonOf.set(org, where.reason);
    }
  }
  return { clusters, unitOf, reasonOf };
}

export function computeCountyLinkMatrix(
  index: MembershipIndex,
  options: CountyLinkOptions = {},
): CountyLinkMatrix {
  const scheme = countyScheme(options.scheme ?? '2024');
  const k = scheme.units.length;
  const { clusters, unitOf, reasonOf } = countedMembers(index, options);

  // Dense numbering of placed members, in first-seen order.
  const dense = new Map<OrgId, number>();
  const unitList: number[] = [];
  const members = new Array<number>(k).fill(0);
  for (const [org, unit] of unitOf) {
    if (unit < 0) continue;
    dense.set(org, unitList.length);
    unitList.push(unit);
    members[unit]!++;
  }
  const unit = Int32Array.from(unitList);
  const degree = new Int32Array(unit.length);
  const ordered = new Float64Array(k * k);

  // sum_c h_c h_c^T, and each placed member's number of counted clusters.
  const placedLists: Int32Array[] = [];
  const h = new Float64Array(k);
  for (const cluster of clusters) {
    const list: number[] = [];
    for (const org of index.membersOf.get(cluster)!) {
      const d = dense.get(org);
      if (d !== undefined) list.push(d);
    }
    placedLists.push(Int32Array.from(list));
    h.fill(0);
    for (const d of list) {
      h[unit[d]!]!++;
      degree[d]!++;
    }
    for (let a = 0; a < k; a++) {
      if (h[a] === 0) continue;
      for (let b = 0; b < k; b++) ordered[a * k + b]! += h[a]! * h[b]!;
    }
  }
  // (a, a) was counted once per cluster of a.
  for (let d = 0; d < unit.length; d++) ordered[unit[d]! * k + unit[d]!]! -= degree[d]!;

  // Pairs sharing m >= 2 clusters were counted m times: walk the multi-cluster members only.
  const multiLists = placedLists.map((list) => list.filter((d) => degree[d]! >= 2));
  const clustersOfMulti = new Map<number, number[]>();
  multiLists.forEach((list, c) => {
    for (const d of list) {
      const held = clustersOfMulti.get(d);
      if (held) held.push(c);
      else clustersOfMulti.set(d, [c]);
    }
  });
  const stamp = new Int32Array(unit.length).fill(-1);
  const shared = new Int32Array(unit.length);
  const touched: number[] = [];
  for (const [a, held] of clustersOfMulti) {
    touched.length = 0;
    for (const c of held) {
      for (const b of multiLists[c]!) {
        if (b === a) continue;
        if (stamp[b] !== a) {
          stamp[b] = a;
          shared[b] = 1;
          touched.push(b);
        } else shared[b]!++;
      }
    }
    const row = unit[a]! * k;
    for (const b of touched) if (shared[b]! > 1) ordered[row + unit[b]!]! -= shared[b]! - 1;
  }

  const placed = unit.length;
  let totalPairs = 0;
  for (const v of ordered) totalPairs += v;
  const pairs: number[][] = [];
  const perMember: number[][] = [];
  const lift: (number | null)[][] = [];
  for (let a = 0; a < k; a++) {
    pairs.push([]);
    perMember.push([]);
    lift.push([]);
    for (let b = 0; b < k; b++) {
      const count = ordered[a * k + b]!;
      pairs[a]!.push(count);
      perMember[a]!.push(members[a]! > 0 ? count / members[a]! : 0);
      const expected =
        placed < 2
          ? 0
          : (totalPairs * members[a]! * (members[b]! - (a === b ? 1 : 0))) /
            (placed * (placed - 1));
      lift[a]!.push(expected > 0 ? count / expected : null);
    }
  }

  const unplaced = { total: 0, abroad: 0, unknown: 0, ambiguous: 0 };
  for (const reason of reasonOf.values()) {
    unplaced[reason]++;
    unplaced.total++;
  }
  return {
    scheme: scheme.id,
    units: scheme.units,
    members,
    pairs,
    perMember,
    lift,
    totalPairs,
    placed,
    unplaced,
  };
}
