/**
 * The analysis document's metrics: organisations on the whole bipartite graph (unweighted),
 * clusters on the overlap graph (weight 'shared'), keyed by name, with the metric errors and the
 * community partition's summary (see analyse.ts). metricsByNameInParallel gives the same, the
 * metrics that can share their work running on the runner's threads too.
 */
import { buildBipartiteGraph, organisationNodes } from '../graph/bipartite';
import { clusterKey, orgKey } from '../graph/keys';
import type { MembershipIndex } from '../graph/membership-index';
import { buildOverlapGraph, type ClusterOverlap } from '../graph/overlap';
import type { ClusterId, OrgId } from '../membership/types';
import { louvainPartition } from '../metrics/communities';
import {
  computeAllMetrics,
  computeAllMetricsInParallel,
  type MetricParamsById,
} from '../metrics/compute-all';
import type { ParallelRunner } from '../metrics/parallel';
import type { MetricGraph, MetricId } from '../metrics/types';
import { nameRecord } from './name-record';
import type { Analysis, MetricErrorSummary, MetricValues } from './types';

/** The bipartite graph has no edge weights: every metric reads it unweighted. */
const ORGANISATION_PARAMS: MetricParamsById = {
  weightedDegree: { weight: null },
  eigenvector: { weight: null },
  pagerank: { weight: null },
};

export interface Names {
  readonly orgNames: ReadonlyMap<OrgId, string>;
  readonly clusterNames: ReadonlyMap<ClusterId, string>;
}

/** Where the metrics are: a metric on a graph, and for one that shares its work, tasks done. */
export interface MetricProgress {
  readonly graph: 'clusters' | 'organisations';
  readonly metric: MetricId;
  readonly done: number;
  readonly total: number;
}

type MetricsPart = Pick<Analysis, 'metrics' | 'metricErrors' | 'communities'>;
type Table = ReturnType<typeof computeAllMetrics>;

export function metricsByName(
  index: MembershipIndex,
  pairs: readonly ClusterOverlap[],
  names: Names,
): MetricsPart {
  const bipartite = buildBipartiteGraph(index);
  const orgs = computeAllMetrics(
    bipartite,
    organisationNodes(bipartite),
    'organisations',
    ORGANISATION_PARAMS,
  );
  const overlapGraph = buildOverlapGraph(index, pairs);
  const clusters = computeAllMetrics(overlapGraph, overlapGraph.nodes(), 'clusters');
  return byName(index, names, overlapGraph, orgs, clusters);
}

export async function metricsByNameInParallel(
  index: MembershipIndex,
  pairs: readonly ClusterOverlap[],
  names: Names,
  options: { readonly runner: ParallelRunner; readonly onMetric?: (p: MetricProgress) => void },
): Promise<MetricsPart> {
  const { runner, onMetric } = options;
  const on = (graph: MetricProgress['graph']) => {
    let metric: MetricId = '';
    return {
      runner,
      onMetric: (id: MetricId) => onMetric?.({ graph, metric: (metric = id), done: 0, total: 0 }),
      onProgress: (done: number, total: number) => onMetric?.({ graph, metric, done, total }),
    };
  };
  const bipartite = buildBipartiteGraph(index);
  const orgs = await computeAllMetricsInParallel(
    bipartite,
    organisationNodes(bipartite),
    'organisations',
    ORGANISATION_PARAMS,
    on('organisations'),
  );
  const overlapGraph = buildOverlapGraph(index, pairs);
  const clusters = await computeAllMetricsInParallel(
    overlapGraph,
    overlapGraph.nodes(),
    'clusters',
    {},
    on('clusters'),
  );
  return byName(index, names, overlapGraph, orgs, clusters);
}

function byName(
  index: MembershipIndex,
  { orgNames, clusterNames }: Names,
  overlapGraph: MetricGraph,
  orgResult: Table,
  clusterResult: Table,
): MetricsPart {
  const metricErrors: MetricErrorSummary[] = [
    ...clusterResult.errors.map((e) => ({ graph: 'clusters' as const, ...e })),
    ...orgResult.errors.map((e) => ({ graph: 'organisations' as const, ...e })),
  ];
  // The same cached partition the `community` metric reported, so the numbers belong together.
  const communities = metricErrors.some((e) => e.graph === 'clusters' && e.metric === 'community')
    ? null
    : (({ modularity, count }) => ({ modularity, count }))(louvainPartition(overlapGraph));

  // Names are user text: "__proto__" must stay an ordinary key (see name-record.ts).
  const organisations = nameRecord<MetricValues>(
    [...index.organisations.keys()].map((id) => [
      orgNames.get(id)!,
      orgResult.rows.get(orgKey(id))!,
    ]),
  );
  const clusters = nameRecord<MetricValues>(
    [...index.clusters.keys()].map((id) => [
      clusterNames.get(id)!,
      clusterResult.rows.get(clusterKey(id))!,
    ]),
  );
  return { metrics: { clusters, organisations }, metricErrors, communities };
}
