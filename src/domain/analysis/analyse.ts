/**
 * The analysis document of a dataset: counts, the membership histogram, cluster sizes by county,
 * overlaps, county links, metrics and the import summary. It is what the CLI prints with --json
 * and what the app shows, so it is keyed by names (see unique-names.ts for clashing names).
 *
 * Counting rules, in one place:
 * - organisations: distinct organisation ids, members or not.
 * - memberships: distinct (organisation, cluster) pairs.
 * - membershipHistogram: organisations by number of clusters; one in no cluster is not counted.
 * - clusters: dataset order; counties holds only non-zero counts, in county number order, then
 *   "Utlandet" (abroad) and "Ukjent" (unknown or ambiguous).
 * - overlaps: pairs sharing >= 1 member, by shared desc, then Jaccard desc, then dataset order;
 *   `a` is the pair's cluster that comes first in the dataset.
 * - overlaps also carry lift, with N = organisations in at least one cluster.
 * - intersections: every exclusive cluster combination (graph/intersections.ts), by size desc,
 *   ties by degree desc, then the clusters' dataset order; clusters inside in dataset order.
 * - organisationList: every organisation in dataset order, its county as in clusters[].counties.
 * - countyLinks: see graph/county-links.ts; scheme and cluster filter from AnalyseOptions.
 * - metrics: organisations on the whole bipartite graph (unweighted), clusters on the overlap
 *   graph (weight 'shared'); conventions in metrics/registry.ts. A metric that cannot be
 *   computed is null in every row and listed in metricErrors; the rest of the analysis stands.
 * - communities: modularity and count of the partition behind metrics.clusters[..].community.
 */
import { type CountyLinkOptions } from '../graph/county-links';
import { exclusiveIntersections } from '../graph/intersections';
import { indexMemberships, type MembershipIndex } from '../graph/membership-index';
import { type ClusterOverlap, clusterOverlaps } from '../graph/overlap';
import type { ClusterId, Dataset, OrgId } from '../membership/types';
import { renderMessage } from '../messages/render';
import type { ParallelRunner } from '../metrics/parallel';
import { countyLinksByName } from './county-links-by-name';
import {
  metricsByName,
  metricsByNameInParallel,
  type MetricProgress,
  type Names,
} from './metrics-by-name';
import { nameRecord } from './name-record';
import { PLACE_LABEL_ORDER, placeLabel } from './place-label';
import type { Analysis, ClusterSummary, OrganisationListEntry, OverlapSummary } from './types';
import { uniqueNames } from './unique-names';

export interface AnalyseOptions {
  /** Scheme and cluster filter of countyLinks (default: 2024, all clusters). */
  readonly countyLinks?: CountyLinkOptions;
  /**
   * false: no organisation metrics (metrics.organisations is empty), to be made later with
   * organisationMetrics() and put in with withOrganisationMetrics(). Default true.
   */
  readonly organisationMetrics?: boolean;
}

/** `index`: the dataset's membership index, when the caller has made it already. */
export function analyse(
  dataset: Dataset,
  options: AnalyseOptions = {},
  index: MembershipIndex = indexMemberships(dataset),
): Analysis {
  const pairs = clusterOverlaps(index);
  const names = namesOf(index);
  const metrics = metricsByName(index, pairs, names, options.organisationMetrics ?? true);
  return documentOf(dataset, index, pairs, names, options, metrics);
}

export interface ParallelAnalyseOptions extends AnalyseOptions {
  readonly runner: ParallelRunner;
  /** Hears as the metrics go: which one, and for one that shares its work, tasks done. */
  readonly onMetric?: (progress: MetricProgress) => void;
}

/** analyse(), with the metrics that can share their work with the runner's threads doing so. */
export async function analyseInParallel(
  dataset: Dataset,
  options: ParallelAnalyseOptions,
): Promise<Analysis> {
  const index = indexMemberships(dataset);
  const pairs = clusterOverlaps(index);
  const names = namesOf(index);
  const metrics = await metricsByNameInParallel(index, pairs, names, {
    ...options,
    withOrganisations: options.organisationMetrics ?? true,
  });
  return documentOf(dataset, index, pairs, names, options, metrics);
}

function namesOf(index: MembershipIndex): Names {
  return {
    orgNames: uniqueNames(index.organisations.values()),
    clusterNames: uniqueNames(index.clusters.values()),
  };
}

function documentOf(
  dataset: Dataset,
  index: MembershipIndex,
  pairs: readonly ClusterOverlap[],
  { orgNames, clusterNames }: Names,
  options: AnalyseOptions,
  metrics: Pick<Analysis, 'metrics' | 'metricErrors' | 'communities'>,
): Analysis {
  return {
    organisations: index.organisations.size,
    memberships: index.membershipCount,
    membershipHistogram: membershipHistogram(index),
    clusters: clusterSummaries(index, clusterNames),
    overlaps: overlapSummaries(pairs, clusterNames),
    intersections: exclusiveIntersections(index).map((x) => ({
      clusters: x.clusters.map((c) => clusterNames.get(c)!),
      size: x.size,
    })),
    organisationList: organisationList(index, orgNames, clusterNames),
    countyLinks: countyLinksByName(index, options.countyLinks),
    ...metrics,
    import: {
      rows: dataset.report.rows,
      imported: dataset.report.imported,
      merged: dataset.report.merged,
      rejected: dataset.report.rejected.map(({ file, row, reason }) => ({
        file,
        row,
        reason: renderMessage(reason, 'en'),
        code: reason.code,
      })),
      skipped: dataset.report.files.flatMap((f) =>
        f.skipped.map(({ row, reason }) => ({
          file: f.file,
          ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
          row,
          reason: renderMessage(reason, 'en'),
          code: reason.code,
        })),
      ),
    },
  };
}

function membershipHistogram(index: MembershipIndex): Analysis['membershipHistogram'] {
  const counts = { '1': 0, '2': 0, '3': 0, '4+': 0 };
  for (const clusters of index.clustersOf.values()) {
    const n = clusters.length;
    if (n === 0) continue;
    counts[n >= 4 ? '4+' : (String(n) as '1' | '2' | '3')]++;
  }
  return counts;
}

function clusterSummaries(
  index: MembershipIndex,
  names: ReadonlyMap<ClusterId, string>,
): ClusterSummary[] {
  return [...index.clusters.values()].map((cluster) => {
    const members = index.membersOf.get(cluster.id)!;
    const byPlace = new Map<string, number>();
    for (const org of members) {
      const label = placeLabel(index.organisations.get(org)!.placement);
      byPlace.set(label, (byPlace.get(label) ?? 0) + 1);
    }
    const counties = nameRecord(
      PLACE_LABEL_ORDER.flatMap((label) => {
        const count = byPlace.get(label);
        return count ? [[label, count] as const] : [];
      }),
    );
    return { name: names.get(cluster.id)!, members: members.length, counties };
  });
}

function overlapSummaries(
  pairs: readonly ClusterOverlap[],
  names: ReadonlyMap<ClusterId, string>,
): OverlapSummary[] {
  // Array.prototype.sort is stable, so equal pairs keep dataset order.
  return [...pairs]
    .sort((x, y) => y.shared - x.shared || y.jaccard - x.jaccard)
    .map(({ a, b, shared, jaccard, overlapCoefficient, lift }) => ({
      a: names.get(a)!,
      b: names.get(b)!,
      shared,
      jaccard,
      overlapCoefficient,
      lift,
    }));
}

function organisationList(
  index: MembershipIndex,
  orgNames: ReadonlyMap<OrgId, string>,
  clusterNames: ReadonlyMap<ClusterId, string>,
): OrganisationListEntry[] {
  const position = new Map([...index.clusters.keys()].map((c, i) => [c, i]));
  return [...index.organisations.values()].map((org) => ({
    name: orgNames.get(org.id)!,
    orgNumber: org.orgNumber ?? null,
    county: placeLabel(org.placement),
    memberType: org.type ?? null,
    clusters: [...index.clustersOf.get(org.id)!]
      .sort((x, y) => position.get(x)! - position.get(y)!)
      .map((c) => clusterNames.get(c)!),
  }));
}
