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
import type { Placement } from '../geo/types';
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

/**
 * The index as integers (organisation positions per cluster), built once per index and kept in
 * a WeakMap: the matrix is asked for again and again (other scheme, other clusters) on one index.
 */
interface IntegerIndex {
  readonly placements: readonly Placement[];
  readonly clusterIds: readonly ClusterId[];
  readonly members: readonly Int32Array[];
}

const INTEGER_INDEX = new WeakMap<MembershipIndex, IntegerIndex>();

function integerIndex(index: MembershipIndex): IntegerIndex {
  const cached = INTEGER_INDEX.get(index);
  if (cached) return cached;
  // Walk organisations (not member lists) so the only map looked up is the small cluster map.
  const clusterIds = [...index.membersOf.keys()];
  const clusterPosition = new Map<ClusterId, number>(clusterIds.map((c, i) => [c, i]));
  const lists: number[][] = clusterIds.map(() => []);
  const placements: Placement[] = [];
  for (const [id, org] of index.organisations) {
    const o = placements.length;
    placements.push(org.placement);
    for (const c of index.clustersOf.get(id)!) lists[clusterPosition.get(c)!]!.push(o);
  }
  const members = lists.map((list) => Int32Array.from(list));
  const built = { placements, clusterIds, members };
  INTEGER_INDEX.set(index, built);
  return built;
}

export function computeCountyLinkMatrix(
  index: MembershipIndex,
  options: CountyLinkOptions = {},
): CountyLinkMatrix {
  const scheme = countyScheme(options.scheme ?? '2024');
  const k = scheme.units.length;
  const place = schemePlacer(scheme);
  const ints = integerIndex(index);
  const n = ints.placements.length;
  const lists = ints.members.filter(
    (_, c) => !options.clusters || options.clusters.has(ints.clusterIds[c]!),
  );

  // Each organisation's number of counted clusters; counted members are those with >= 1.
  const degree = new Int32Array(n);
  for (const list of lists) for (let i = 0; i < list.length; i++) degree[list[i]!]!++;
  const unit = new Int32Array(n).fill(-1);
  const members = new Array<number>(k).fill(0);
  const unplaced = { total: 0, abroad: 0, unknown: 0, ambiguous: 0 };
  for (let o = 0; o < n; o++) {
    if (degree[o] === 0) continue;
    const where = place(ints.placements[o]!);
    if (where.reason) {
      unplaced[where.reason]++;
      unplaced.total++;
    } else {
      unit[o] = where.unit;
      members[where.unit]!++;
    }
  }
  const ordered = new Float64Array(k * k);

  // sum_c h_c h_c^T over placed members.
  const h = new Float64Array(k);
  for (const list of lists) {
    h.fill(0);
    for (let i = 0; i < list.length; i++) {
      const u = unit[list[i]!]!;
      if (u >= 0) h[u]!++;
    }
    for (let a = 0; a < k; a++) {
      if (h[a] === 0) continue;
      for (let b = 0; b < k; b++) ordered[a * k + b]! += h[a]! * h[b]!;
    }
  }
  // (a, a) was counted once per cluster of a.
  for (let o = 0; o < n; o++) if (unit[o]! >= 0) ordered[unit[o]! * k + unit[o]!]! -= degree[o]!;

  // Pairs sharing m >= 2 clusters were counted m times: walk the placed multi-cluster members.
  const multiLists = lists.map((list) => list.filter((o) => degree[o]! >= 2 && unit[o]! >= 0));
  const held: number[][] = [];
  multiLists.forEach((list, c) => {
    for (const o of list) (held[o] ??= []).push(c);
  });
  const stamp = new Int32Array(n).fill(-1);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  held.forEach((clusters, a) => {
    touched.length = 0;
    for (const c of clusters) {
      const list = multiLists[c]!;
      for (let i = 0; i < list.length; i++) {
        const b = list[i]!;
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
  });

  const placed = members.reduce((x, y) => x + y, 0);
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
