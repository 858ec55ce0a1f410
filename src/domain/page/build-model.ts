/**
 * Builds the page model (model.ts) from a dataset and its analysis, once per build, in the
 * worker. Page ids come from page-hash.ts: organisations by their internal id, clusters by their
 * folded name (the internal cluster id "k3" is a position in the files, so it would move when a
 * file is added before it; the folded name is what makes it the same cluster). Metrics are not
 * computed again: they are read from the analysis, whose names map back to ids by the same
 * unique-name rule that made them.
 */
import { maxOf } from '../numbers/extent';
import type { Analysis, MetricValues } from '../analysis/types';
import { ABROAD_LABEL, UNKNOWN_LABEL } from '../analysis/place-label';
import { uniqueNames } from '../analysis/unique-names';
import { countyName } from '../geo/counties';
import type { CountyNumber, Placement } from '../geo/types';
import { indexMemberships } from '../graph/membership-index';
import type { ClusterId, Dataset, OrgId } from '../membership/types';
import type { PageClusterId, PageCountyId, PageOrgId } from './ids';
import {
  ABROAD,
  type MetricColumns,
  type MetricId,
  type PageCluster,
  type PageCounty,
  type PageModel,
  type PageOrganisation,
  type PageOverlap,
  UNKNOWN,
} from './model';
import { METRICS } from '../metrics/registry';
import { pageIds } from './page-hash';

/** Every organisation metric of the registry: the set is open, so it is read, not listed. */
const METRIC_IDS: readonly MetricId[] = METRICS.filter((m) => m.graph !== 'clusters').map(
  (m) => m.id,
);

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** The key a cluster is the same cluster by, as build-dataset folds it. */
const clusterKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The county id of a placement: the public 2-digit 2024 number, or one of the two buckets. */
export function countyOf(placement: Placement): PageCountyId {
  if (placement.kind === 'county') return placement.county as string as PageCountyId;
  return placement.kind === 'abroad' ? ABROAD : UNKNOWN;
}

export interface PageModelOptions {
  /**
   * The analysis has no organisation metrics yet (analyse's organisationMetrics: false): the
   * columns are NaN, "not computed", until organisationColumns() fills them.
   */
  readonly organisationMetricsPending?: boolean;
}

export function buildPageModel(
  dataset: Dataset,
  analysis: Analysis,
  salt: string,
  options: PageModelOptions = {},
): PageModel {
  const index = indexMemberships(dataset);
  const orgs = [...index.organisations.values()];
  const clusters = [...index.clusters.values()];

  const orgIdOf = pageIds(
    'o',
    salt,
    orgs.map((o) => o.id),
  ) as Map<OrgId, PageOrgId>;
  const clusterIds = pageIds(
    'c',
    salt,
    clusters.map((c) => clusterKey(c.name)),
  );
  const clusterIdOf = new Map<ClusterId, PageClusterId>(
    clusters.map((c) => [c.id, clusterIds.get(clusterKey(c.name)) as PageClusterId]),
  );
  const orgNames = uniqueNames(orgs);
  const clusterNames = uniqueNames(clusters);

  const organisations = new Map<PageOrgId, PageOrganisation>();
  orgs.forEach((org, at) => {
    const id = orgIdOf.get(org.id)!;
    organisations.set(id, {
      id,
      index: at + 1,
      name: org.name,
      ...(org.orgNumber ? { orgNumber: org.orgNumber } : {}),
      county: countyOf(org.placement),
      placement: org.placement,
    });
  });
  const orgOrder = [...organisations.values()]
    .sort((x, y) => collator.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((o) => o.id);
  const rank = new Map(orgOrder.map((id, at) => [id, at]));
  const byRank = (x: PageOrgId, y: PageOrgId) => rank.get(x)! - rank.get(y)!;

  const pageClusters = new Map<PageClusterId, PageCluster>();
  for (const cluster of clusters) {
    const id = clusterIdOf.get(cluster.id)!;
    pageClusters.set(id, {
      id,
      name: clusterNames.get(cluster.id)!,
      members: index.membersOf.get(cluster.id)!.length,
    });
  }
  const clusterRank = new Map(
    [...pageClusters.values()]
      .sort((x, y) => collator.compare(x.name, y.name))
      .map((c, at) => [c.id, at]),
  );

  const membersOf = new Map<PageClusterId, PageOrgId[]>();
  for (const [cluster, members] of index.membersOf) {
    membersOf.set(clusterIdOf.get(cluster)!, members.map((m) => orgIdOf.get(m)!).sort(byRank));
  }
  const clustersOf = new Map<PageOrgId, PageClusterId[]>();
  for (const [org, list] of index.clustersOf) {
    clustersOf.set(
      orgIdOf.get(org)!,
      list
        .map((c) => clusterIdOf.get(c)!)
        .sort((x, y) => clusterRank.get(x)! - clusterRank.get(y)!),
    );
  }

  const membersIn = new Map<PageCountyId, PageOrgId[]>();
  for (const id of orgOrder) {
    const county = organisations.get(id)!.county;
    const list = membersIn.get(county);
    if (list) list.push(id);
    else membersIn.set(county, [id]);
  }
  const counties = new Map<PageCountyId, PageCounty>();
  const countyIds = [...membersIn.keys()].sort(
    (x, y) => countyRank(x) - countyRank(y) || (x < y ? -1 : 1),
  );
  for (const id of countyIds) {
    const name =
      id === ABROAD
        ? ABROAD_LABEL
        : id === UNKNOWN
          ? UNKNOWN_LABEL
          : countyName(id as string as CountyNumber);
    counties.set(id, { id, name, members: membersIn.get(id)!.length });
  }

  const clusterByName = new Map<string, PageClusterId>();
  for (const [internal, name] of clusterNames) clusterByName.set(name, clusterIdOf.get(internal)!);
  const overlaps: PageOverlap[] = analysis.overlaps.flatMap((o) => {
    const a = clusterByName.get(o.a);
    const b = clusterByName.get(o.b);
    if (a === undefined || b === undefined) return [];
    return [
      {
        a,
        b,
        shared: o.shared,
        jaccard: o.jaccard,
        overlapCoefficient: o.overlapCoefficient,
        lift: o.lift,
      },
    ];
  });

  const internalOrg = new Map([...orgIdOf].map(([internal, id]) => [id, internal]));
  const clusterMetrics = analysis.metrics.clusters;
  return {
    salt,
    organisations,
    clusters: pageClusters,
    counties,
    orgOrder,
    clustersOf,
    membersOf,
    membersIn,
    memberships: index.membershipCount,
    overlaps,
    maxShared: maxOf(
      overlaps.map((o) => o.shared),
      1,
    ),
    metrics: {
      organisations: options.organisationMetricsPending
        ? pendingColumns(orgOrder.length)
        : orgMetricColumns(analysis.metrics.organisations, orgOrder, (id) =>
            orgNames.get(internalOrg.get(id)!)!,
          ),
      clusters: new Map(
        clusters.map((c) => [
          clusterIdOf.get(c.id)!,
          own(clusterMetrics, clusterNames.get(c.id)!) ?? zeroMetrics(),
        ]),
      ),
    },
    internalOrg,
    internalCluster: new Map([...clusterIdOf].map(([internal, id]) => [id, internal])),
    orgPageId: orgIdOf,
    clusterPageId: clusterIdOf,
  };
}

/** A value of a names-keyed record of the analysis, never one inherited from Object. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function countyRank(id: PageCountyId): number {
  if (id === ABROAD) return 1000;
  if (id === UNKNOWN) return 1001;
  return Number(id);
}

function zeroMetrics(): MetricValues {
  return {
    degree: 0,
    weightedDegree: 0,
    betweenness: 0,
    closeness: 0,
    eigenvector: 0,
    pagerank: 0,
  };
}

/** The organisation metric columns of `model` from metrics made later (organisation-metrics.ts). */
export function organisationColumns(
  dataset: Dataset,
  model: Pick<PageModel, 'orgOrder' | 'internalOrg'>,
  organisations: Analysis['metrics']['organisations'],
): MetricColumns {
  const orgNames = uniqueNames(indexMemberships(dataset).organisations.values());
  return orgMetricColumns(organisations, model.orgOrder, (id) =>
    orgNames.get(model.internalOrg.get(id)!)!,
  );
}

function pendingColumns(length: number): MetricColumns {
  return Object.fromEntries(
    METRIC_IDS.map((m) => [m, new Float64Array(length).fill(Number.NaN)]),
  ) as Record<MetricId, Float64Array>;
}

function orgMetricColumns(
  metrics: Analysis['metrics']['organisations'],
  order: readonly PageOrgId[],
  nameOf: (id: PageOrgId) => string,
): MetricColumns {
  const columns = Object.fromEntries(
    METRIC_IDS.map((m) => [m, new Float64Array(order.length)]),
  ) as Record<MetricId, Float64Array>;
  order.forEach((id, at) => {
    const values = own(metrics, nameOf(id));
    if (!values) return;
    // A metric that could not be computed is null in the analysis: NaN in the column.
    for (const m of METRIC_IDS) columns[m]![at] = values[m] ?? Number.NaN;
  });
  return columns;
}
