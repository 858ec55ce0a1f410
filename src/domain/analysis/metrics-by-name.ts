/**
 * The analysis document's metrics: organisations on the whole bipartite graph (unweighted),
 * clusters on the overlap graph (weight 'shared'), keyed by name, with the metric errors and the
 * community partition's summary (see analyse.ts); without the organisation metrics when told
 * (they follow later, organisation-metrics.ts). metricsByNameInParallel gives the same, the
 * metrics that can share their work running on the runner's threads too.
 */
import { clusterKey } from '../graph/keys';
import type { MembershipIndex } from '../graph/membership-index';
import { buildOverlapGraph, type ClusterOverlap } from '../graph/overlap';
import type { ClusterId, OrgId } from '../membership/types';
import { louvainPartition } from '../metrics/communities';
import { computeAllMetrics, computeAllMetricsInParallel } from '../metrics/compute-all';
import type { ParallelRunner } from '../metrics/parallel';
import type { MetricGraph, MetricId } from '../metrics/types';
import { nameRecord } from './name-record';
import {
  NO_ORGANISATION_METRICS,
  organisationMetrics,
  organisationMetricsInParallel,
  type OrganisationMetrics,
} from './organisation-metrics';
import type { Analysis, MetricErrorSummary, MetricValues } from './types';

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
  withOrganisations = true,
): MetricsPart {
  const orgs = withOrganisations
    ? organisationMetrics(index, names.orgNames)
    : NO_ORGANISATION_METRICS;
  const overlapGraph = buildOverlapGraph(index, pairs);
  const clusters = computeAllMetrics(overlapGraph, overlapGraph.nodes(), 'clusters');
  return byName(index, names, overlapGraph, orgs, clusters);
}

export async function metricsByNameInParallel(
  index: MembershipIndex,
  pairs: readonly ClusterOverlap[],
  names: Names,
  options: {
    readonly runner: ParallelRunner;
    readonly onMetric?: (p: MetricProgress) => void;
    readonly withOrganisations?: boolean;
  },
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
  const orgs =
    (options.withOrganisations ?? true)
      ? await organisationMetricsInParallel(index, names.orgNames, on('organisations'))
      : NO_ORGANISATION_METRICS;
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
  { clusterNames }: Names,
  overlapGraph: MetricGraph,
  orgs: OrganisationMetrics,
  clusterResult: Table,
): MetricsPart {
  const metricErrors: MetricErrorSummary[] = [
    ...clusterResult.errors.map((e) => ({ graph: 'clusters' as const, ...e })),
    ...orgs.errors,
  ];
  // The same cached partition the `community` metric reported, so the numbers belong together.
  const communities = metricErrors.some((e) => e.graph === 'clusters' && e.metric === 'community')
    ? null
    : (({ modularity, count }) => ({ modularity, count }))(louvainPartition(overlapGraph));

  // Names are user text: "__proto__" must stay an ordinary key (see name-record.ts).
  const clusters = nameRecord<MetricValues>(
    [...index.clusters.keys()].map((id) => [
      clusterNames.get(id)!,
      clusterResult.rows.get(clusterKey(id))!,
    ]),
  );
  return { metrics: { clusters, organisations: orgs.organisations }, metricErrors, communities };
}
