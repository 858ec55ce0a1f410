/**
 * The page model: what every view reads, built once per build in the worker. Organisations,
 * clusters and counties under opaque page ids (ids.ts), who belongs where indexed both ways,
 * organisations in name order, overlaps and metrics keyed by page id. The mapping back to the
 * internal ids stays here, for the actions that need them (merge and keep-apart decisions,
 * placements), and never goes into a URL. Plain data (Maps, arrays, typed arrays), so it crosses
 * postMessage; the metric columns are transferred, not copied.
 */
import type { MetricValues } from '../analysis/types';
import type { Placement } from '../geo/types';
import type { ClusterId, OrgId } from '../membership/types';
import type { PageClusterId, PageCountyId, PageOrgId } from './ids';
import type { SelectionItem } from './selection-types';

/** Members abroad, and members whose county is not known (or ambiguous). */
export const ABROAD = 'abroad' as PageCountyId;
export const UNKNOWN = 'unknown' as PageCountyId;

export interface PageOrganisation {
  readonly id: PageOrgId;
  /** Position in dataset order (1-based in anonymised labels). */
  readonly index: number;
  readonly name: string;
  readonly orgNumber?: string;
  readonly county: PageCountyId;
  readonly placement: Placement;
}

export interface PageCluster {
  readonly id: PageClusterId;
  /** The name as the analysis document shows it (made unique, e.g. "Sintef (2)"). */
  readonly name: string;
  readonly members: number;
}

export interface PageCounty {
  readonly id: PageCountyId;
  /** The 2024 county name; "Utlandet" / "Ukjent" for the two buckets. */
  readonly name: string;
  /** Members placed here. */
  readonly members: number;
}

/** Two clusters sharing members; `a` before `b` in the analysis document's order. */
export interface PageOverlap {
  readonly a: PageClusterId;
  readonly b: PageClusterId;
  readonly shared: number;
  readonly jaccard: number;
  readonly overlapCoefficient: number;
}

export type MetricId = keyof MetricValues;

/** One column per metric, aligned with `orgOrder`. */
export type MetricColumns = Readonly<Record<MetricId, Float64Array>>;

export interface PageModel {
  /** The salt the ids were made with. */
  readonly salt: string;
  /** In dataset order. */
  readonly organisations: ReadonlyMap<PageOrgId, PageOrganisation>;
  readonly clusters: ReadonlyMap<PageClusterId, PageCluster>;
  /** The counties that have members, in county number order, then abroad and unknown. */
  readonly counties: ReadonlyMap<PageCountyId, PageCounty>;
  /** Organisations sorted by name (Norwegian collation, then id): the order of every list. */
  readonly orgOrder: readonly PageOrgId[];
  /** Distinct clusters of each organisation, in cluster name order. */
  readonly clustersOf: ReadonlyMap<PageOrgId, readonly PageClusterId[]>;
  /** Distinct members of each cluster, in `orgOrder`. */
  readonly membersOf: ReadonlyMap<PageClusterId, readonly PageOrgId[]>;
  /** Members of each county, in `orgOrder`. */
  readonly membersIn: ReadonlyMap<PageCountyId, readonly PageOrgId[]>;
  /** Distinct (organisation, cluster) pairs. */
  readonly memberships: number;
  /** Pairs sharing at least one member, as the analysis orders them. */
  readonly overlaps: readonly PageOverlap[];
  /** The largest shared count (1 when nothing overlaps), for scales and sliders. */
  readonly maxShared: number;
  readonly metrics: {
    /** Organisation metrics (whole bipartite graph), columns aligned with `orgOrder`. */
    readonly organisations: MetricColumns;
    readonly clusters: ReadonlyMap<PageClusterId, MetricValues>;
  };
  /** Page id -> internal id, for decisions and placements. Never in a URL. */
  readonly internalOrg: ReadonlyMap<PageOrgId, OrgId>;
  readonly internalCluster: ReadonlyMap<PageClusterId, ClusterId>;
  /** Internal id -> page id. */
  readonly orgPageId: ReadonlyMap<OrgId, PageOrgId>;
  readonly clusterPageId: ReadonlyMap<ClusterId, PageClusterId>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Members of both clusters, in name order; computed from the indexes, linear in the smaller. */
export function sharedMembers(model: PageModel, a: PageClusterId, b: PageClusterId): PageOrgId[] {
  const ma = model.membersOf.get(a) ?? [];
  const mb = model.membersOf.get(b) ?? [];
  const [small, large] = ma.length <= mb.length ? [ma, mb] : [mb, ma];
  const inLarge = new Set(large);
  return small.filter((id) => inLarge.has(id));
}

/** The overlap of two clusters in either order, if they share anyone. */
export function findOverlap(
  model: PageModel,
  a: PageClusterId,
  b: PageClusterId,
): PageOverlap | undefined {
  const key = pairKey(a, b);
  return model.overlaps.find((o) => pairKey(o.a, o.b) === key);
}

/** The metric values of an organisation, read from the columns. */
export function orgMetrics(model: PageModel, id: PageOrgId): MetricValues | undefined {
  const at = model.orgOrder.indexOf(id);
  if (at < 0) return undefined;
  // Every column the model holds (the metric set is open); NaN is a metric not computed.
  const values: Record<string, number | null> = {};
  for (const [metric, column] of Object.entries(model.metrics.organisations)) {
    const v = column[at]!;
    values[metric] = Number.isNaN(v) ? null : v;
  }
  return values;
}

/** The ArrayBuffers of the model, to transfer rather than copy across postMessage. */
export function transferables(model: PageModel): ArrayBuffer[] {
  return Object.values(model.metrics.organisations).map((column) => column.buffer as ArrayBuffer);
}

/** Whether the model still has everything a selection item names (for keepKnown after a rebuild). */
export function isKnownItem(model: PageModel, item: SelectionItem): boolean {
  switch (item.kind) {
    case 'organisation':
      return model.organisations.has(item.id);
    case 'cluster':
      return model.clusters.has(item.id);
    case 'cluster-pair':
      return findOverlap(model, item.a, item.b) !== undefined;
    case 'county':
      return model.counties.has(item.id);
    case 'county-pair':
      return model.counties.has(item.from) && model.counties.has(item.to);
    case 'intersection':
      return item.clusters.length > 0 && item.clusters.every((c) => model.clusters.has(c));
  }
}
