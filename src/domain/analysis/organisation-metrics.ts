/**
 * The organisation metrics of a dataset, on the whole bipartite graph (unweighted): the slow
 * part of an analysis (about 60 % of it at ten times the example data), so it is one call of its
 * own. `analyse` makes it unless told not to; the app's worker makes it after the rest of a
 * rebuild has been shown (worker/build.ts), and `withOrganisationMetrics` puts it into the
 * analysis the same way `analyse` would have. organisationMetricsInParallel gives the same, the
 * metrics that can share their work running on the runner's threads too.
 */
import { buildBipartiteGraph, organisationNodes } from '../graph/bipartite';
import { orgKey } from '../graph/keys';
import type { MembershipIndex } from '../graph/membership-index';
import type { OrgId } from '../membership/types';
import {
  computeAllMetrics,
  computeAllMetricsInParallel,
  type MetricParamsById,
} from '../metrics/compute-all';
import type { ParallelOptions } from '../metrics/parallel';
import type { MetricId } from '../metrics/types';
import { nameRecord } from './name-record';
import type { Analysis, MetricErrorSummary, MetricValues } from './types';
import { uniqueNames } from './unique-names';

/** The bipartite graph has no edge weights: every metric reads it unweighted. */
const ORGANISATION_PARAMS: MetricParamsById = {
  weightedDegree: { weight: null },
  eigenvector: { weight: null },
  pagerank: { weight: null },
};

export interface OrganisationMetrics {
  /** By the organisation's unique name, as Analysis.metrics.organisations. */
  readonly organisations: Readonly<Record<string, MetricValues>>;
  /** The metrics that could not be computed on the bipartite graph. */
  readonly errors: readonly MetricErrorSummary[];
}

/** None yet: what an analysis made without organisation metrics holds. */
export const NO_ORGANISATION_METRICS: OrganisationMetrics = {
  organisations: nameRecord<MetricValues>([]),
  errors: [],
};

type Table = ReturnType<typeof computeAllMetrics>;

export function organisationMetrics(
  index: MembershipIndex,
  orgNames: ReadonlyMap<OrgId, string> = uniqueNames(index.organisations.values()),
): OrganisationMetrics {
  const bipartite = buildBipartiteGraph(index);
  const nodes = organisationNodes(bipartite);
  return byName(
    index,
    orgNames,
    computeAllMetrics(bipartite, nodes, 'organisations', ORGANISATION_PARAMS),
  );
}

export async function organisationMetricsInParallel(
  index: MembershipIndex,
  orgNames: ReadonlyMap<OrgId, string> = uniqueNames(index.organisations.values()),
  options: ParallelOptions & { readonly onMetric?: (id: MetricId) => void },
): Promise<OrganisationMetrics> {
  const bipartite = buildBipartiteGraph(index);
  const nodes = organisationNodes(bipartite);
  const table = await computeAllMetricsInParallel(
    bipartite,
    nodes,
    'organisations',
    ORGANISATION_PARAMS,
    options,
  );
  return byName(index, orgNames, table);
}

function byName(
  index: MembershipIndex,
  orgNames: ReadonlyMap<OrgId, string>,
  result: Table,
): OrganisationMetrics {
  // Names are user text: "__proto__" must stay an ordinary key (see name-record.ts).
  const organisations = nameRecord<MetricValues>(
    [...index.organisations.keys()].map((id) => [orgNames.get(id)!, result.rows.get(orgKey(id))!]),
  );
  return {
    organisations,
    errors: result.errors.map((e) => ({ graph: 'organisations' as const, ...e })),
  };
}

/** The analysis with these organisation metrics in place of its own (errors: clusters first). */
export function withOrganisationMetrics(
  analysis: Analysis,
  metrics: OrganisationMetrics,
): Analysis {
  return {
    ...analysis,
    metrics: { ...analysis.metrics, organisations: metrics.organisations },
    metricErrors: [
      ...analysis.metricErrors.filter((e) => e.graph !== 'organisations'),
      ...metrics.errors,
    ],
  };
}
