/**
 * Exclusive set intersections (the bars of an UpSet plot): for every exact combination of
 * clusters that some organisation belongs to, and to no other, the organisations with that
 * combination. Found by grouping organisations by their sorted cluster set, so the cost is the
 * membership count, never 2^clusters: instant for 1 600 clusters.
 *
 * Inside a combination clusters are in dataset order. Organisations in no cluster belong to no
 * combination.
 */
import type { ClusterId, OrgId } from '../membership/types';
import type { MembershipIndex } from './membership-index';

export interface Intersection {
  /** The exact cluster combination, in dataset order. */
  readonly clusters: readonly ClusterId[];
  /** Its organisations, in dataset order. */
  readonly members: readonly OrgId[];
  readonly size: number;
  /** Number of clusters in the combination. */
  readonly degree: number;
  /** Dataset positions of `clusters`, for ordering. */
  readonly positions: readonly number[];
}

/**
 * Every non-empty exclusive intersection, by size desc; ties by degree desc (the rarer, wider
 * combination first), then by the clusters' dataset positions compared lexicographically.
 */
export function exclusiveIntersections(index: MembershipIndex): Intersection[] {
  const position = new Map<ClusterId, number>([...index.clusters.keys()].map((c, i) => [c, i]));
  const ids = [...index.clusters.keys()];
  const groups = new Map<string, { positions: number[]; members: OrgId[] }>();
  for (const [org, clusters] of index.clustersOf) {
    if (clusters.length === 0) continue;
    const positions = clusters.map((c) => position.get(c)!).sort((x, y) => x - y);
    const key = positions.join(',');
    const group = groups.get(key);
    if (group) group.members.push(org);
    else groups.set(key, { positions, members: [org] });
  }
  return sortBySize(
    [...groups.values()].map(({ positions, members }) => ({
      clusters: positions.map((p) => ids[p]!),
      members,
      size: members.length,
      degree: positions.length,
      positions,
    })),
  );
}

function comparePositions(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return x.length - y.length;
}

/** Size desc, then degree desc, then dataset positions. */
export function sortBySize(list: readonly Intersection[]): Intersection[] {
  return [...list].sort(
    (x, y) => y.size - x.size || y.degree - x.degree || comparePositions(x.positions, y.positions),
  );
}

/** Degree desc (or asc), then size desc, then dataset positions. */
export function sortByDegree(
  list: readonly Intersection[],
  direction: 'desc' | 'asc' = 'desc',
): Intersection[] {
  const sign = direction === 'desc' ? 1 : -1;
  return [...list].sort(
    (x, y) =>
      sign * (y.degree - x.degree) || y.size - x.size || comparePositions(x.positions, y.positions),
  );
}

export interface IntersectionFilter {
  /** Keep combinations containing every one of these clusters. */
  readonly allOf?: ReadonlySet<ClusterId>;
  /** Keep combinations containing at least one of these clusters (ignored when empty). */
  readonly anyOf?: ReadonlySet<ClusterId>;
  readonly minSize?: number;
}

export function filterIntersections(
  list: readonly Intersection[],
  filter: IntersectionFilter,
): Intersection[] {
  return list.filter((x) => {
    if (filter.minSize !== undefined && x.size < filter.minSize) return false;
    if (filter.allOf && [...filter.allOf].some((c) => !x.clusters.includes(c))) return false;
    if (filter.anyOf && filter.anyOf.size > 0 && !x.clusters.some((c) => filter.anyOf!.has(c))) {
      return false;
    }
    return true;
  });
}
