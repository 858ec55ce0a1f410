/**
 * The UpSet view's model, from the page model alone: the exclusive intersections (organisations
 * grouped by their exact cluster set, so the cost is the membership count and never 2^clusters),
 * sorted by size or degree, filtered by the clusters involved (all-of / any-of) and a minimum
 * size, and capped so 1 600 clusters never draw thousands of bars at once. Page ids throughout:
 * the same grouping as domain/graph/intersections.ts, on the ids the views share.
 */
import type { PageClusterId, PageOrgId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';

export interface PageIntersection {
  /** Canonical key: the sorted cluster ids joined by '|' (as the selection's itemKey). */
  readonly key: string;
  /** The clusters, in cluster name order. */
  readonly clusters: readonly PageClusterId[];
  /** Its organisations, in the page's name order. */
  readonly members: readonly PageOrgId[];
  readonly size: number;
  readonly degree: number;
}

export type UpsetSort = 'size' | 'degree';
export type UpsetMatch = 'any' | 'all';

export interface UpsetFilter {
  readonly clusters: readonly PageClusterId[];
  readonly match: UpsetMatch;
  readonly minSize: number;
}

export const intersectionKey = (clusters: readonly string[]): string =>
  [...clusters].sort().join('|');

/** Every non-empty exclusive intersection, largest first (ties: wider, then by key). */
export function pageIntersections(model: PageModel): PageIntersection[] {
  const groups = new Map<string, { clusters: readonly PageClusterId[]; members: PageOrgId[] }>();
  for (const org of model.orgOrder) {
    const clusters = model.clustersOf.get(org);
    if (!clusters || clusters.length === 0) continue;
    const key = intersectionKey(clusters);
    const group = groups.get(key);
    if (group) group.members.push(org);
    else groups.set(key, { clusters, members: [org] });
  }
  const list = [...groups].map(([key, g]) => ({
    key,
    clusters: g.clusters,
    members: g.members,
    size: g.members.length,
    degree: g.clusters.length,
  }));
  return sortIntersections(list, 'size');
}

const byKey = (x: PageIntersection, y: PageIntersection) =>
  x.key < y.key ? -1 : x.key > y.key ? 1 : 0;

/** By size (desc, then degree desc) or by degree (desc, then size desc); ties by key. */
export function sortIntersections(
  list: readonly PageIntersection[],
  sort: UpsetSort,
): PageIntersection[] {
  return [...list].sort((x, y) =>
    sort === 'size'
      ? y.size - x.size || y.degree - x.degree || byKey(x, y)
      : y.degree - x.degree || y.size - x.size || byKey(x, y),
  );
}

/** Keeps combinations of at least `minSize` holding all (or any) of the chosen clusters. */
export function filterIntersections(
  list: readonly PageIntersection[],
  filter: UpsetFilter,
): PageIntersection[] {
  const chosen = new Set(filter.clusters);
  return list.filter((x) => {
    if (x.size < filter.minSize) return false;
    if (chosen.size === 0) return true;
    const hits = x.clusters.reduce((n, c) => n + (chosen.has(c) ? 1 : 0), 0);
    return filter.match === 'all' ? hits === chosen.size : hits > 0;
  });
}

/** A set's row in the matrix: a cluster that takes part in a shown combination. */
export interface UpsetRow {
  readonly cluster: PageClusterId;
  /** Members of the cluster (the whole set, not only the shown combinations). */
  readonly setSize: number;
}

/**
 * The rows of the matrix for the combinations shown: only clusters that take part in one (so
 * 1 600 clusters give as many rows as the shown bars need), largest set first, ties by name order.
 */
export function upsetRows(model: PageModel, shown: readonly PageIntersection[]): UpsetRow[] {
  const used = new Set<PageClusterId>();
  for (const x of shown) for (const c of x.clusters) used.add(c);
  const nameRank = new Map([...model.clusters.keys()].map((id, at) => [id, at]));
  return [...used]
    .map((cluster) => ({ cluster, setSize: model.membersOf.get(cluster)?.length ?? 0 }))
    .sort(
      (x, y) =>
        y.setSize - x.setSize || (nameRank.get(x.cluster) ?? 0) - (nameRank.get(y.cluster) ?? 0),
    );
}

/** The first `limit` combinations, and how many more there are. */
export function capIntersections(
  list: readonly PageIntersection[],
  limit: number,
): { readonly shown: readonly PageIntersection[]; readonly hidden: number } {
  const shown = list.slice(0, Math.max(0, limit));
  return { shown, hidden: list.length - shown.length };
}
