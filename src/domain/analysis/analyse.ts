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
 * - countyLinks: see graph/county-links.ts; carries `leftOut` beyond the contract.
 * - metrics: organisations on the whole bipartite graph (unweighted), clusters on the overlap
 *   graph (weight 'shared'); conventions in metrics/registry.ts. A metric that cannot be
 *   computed is null in every row and listed in metricErrors; the rest of the analysis stands.
 * - communities: modularity and count of the partition behind metrics.clusters[..].community.
 */
import { buildBipartiteGraph, organisationNodes } from '../graph/bipartite';
import { computeCountyLinks } from '../graph/county-links';
import { clusterKey, orgKey } from '../graph/keys';
import { indexMemberships, type MembershipIndex } from '../graph/membership-index';
import { buildOverlapGraph, type ClusterOverlap, clusterOverlaps } from '../graph/overlap';
import type { ClusterId, Dataset, OrgId } from '../membership/types';
import { louvainPartition } from '../metrics/communities';
import { computeAllMetrics, type MetricParamsById } from '../metrics/compute-all';
import { PLACE_LABEL_ORDER, placeLabel } from './place-label';
import type {
  Analysis,
  ClusterSummary,
  MetricErrorSummary,
  MetricValues,
  OverlapSummary,
} from './types';
import { uniqueNames } from './unique-names';

/** The bipartite graph has no edge weights: every metric reads it unweighted. */
const ORGANISATION_PARAMS: MetricParamsById = {
  weightedDegree: { weight: null },
  eigenvector: { weight: null },
  pagerank: { weight: null },
};

export function analyse(dataset: Dataset): Analysis {
  const index = indexMemberships(dataset);
  const orgNames = uniqueNames(index.organisations.values());
  const clusterNames = uniqueNames(index.clusters.values());
  const pairs = clusterOverlaps(index);

  return {
    organisations: index.organisations.size,
    memberships: index.membershipCount,
    membershipHistogram: membershipHistogram(index),
    clusters: clusterSummaries(index, clusterNames),
    overlaps: overlapSummaries(pairs, clusterNames),
    countyLinks: computeCountyLinks(index),
    ...metricsByName(index, pairs, orgNames, clusterNames),
    import: {
      rows: dataset.report.rows,
      imported: dataset.report.imported,
      merged: dataset.report.merged,
      rejected: dataset.report.rejected.map(({ file, row, reason }) => ({ file, row, reason })),
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
    const counties: Record<string, number> = {};
    for (const label of PLACE_LABEL_ORDER) {
      const count = byPlace.get(label);
      if (count) counties[label] = count;
    }
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
    .map(({ a, b, shared, jaccard, overlapCoefficient }) => ({
      a: names.get(a)!,
      b: names.get(b)!,
      shared,
      jaccard,
      overlapCoefficient,
    }));
}

function metricsByName(
  index: MembershipIndex,
  pairs: readonly ClusterOverlap[],
  orgNames: ReadonlyMap<OrgId, string>,
  clusterNames: ReadonlyMap<ClusterId, string>,
): Pick<Analysis, 'metrics' | 'metricErrors' | 'communities'> {
  const bipartite = buildBipartiteGraph(index);
  const orgResult = computeAllMetrics(
    bipartite,
    organisationNodes(bipartite),
    'organisations',
    ORGANISATION_PARAMS,
  );
  const orgRows = orgResult.rows;
  const overlapGraph = buildOverlapGraph(index, pairs);
  const clusterResult = computeAllMetrics(overlapGraph, overlapGraph.nodes(), 'clusters');
  const clusterRows = clusterResult.rows;
  const metricErrors: MetricErrorSummary[] = [
    ...clusterResult.errors.map((e) => ({ graph: 'clusters' as const, ...e })),
    ...orgResult.errors.map((e) => ({ graph: 'organisations' as const, ...e })),
  ];
  // The same cached partition the `community` metric reported, so the numbers belong together.
  const communities = metricErrors.some((e) => e.graph === 'clusters' && e.metric === 'community')
    ? null
    : (({ modularity, count }) => ({ modularity, count }))(louvainPartition(overlapGraph));

  const organisations: Record<string, MetricValues> = {};
  for (const id of index.organisations.keys()) {
    organisations[orgNames.get(id)!] = orgRows.get(orgKey(id))!;
  }
  const clusters: Record<string, MetricValues> = {};
  for (const id of index.clusters.keys()) {
    clusters[clusterNames.get(id)!] = clusterRows.get(clusterKey(id))!;
  }
  return { metrics: { clusters, organisations }, metricErrors, communities };
}
