/**
 * The metrics klyngekart computes, in one list: adding a metric is one file and one line here.
 * The UI builds its metric controls from these descriptors, and analyse() fills MetricValues
 * from them.
 *
 * Conventions (each checked against NetworkX 3.x to 1e-6, tests/reference/make_reference.py):
 * - degree: raw neighbour count, not NetworkX's normalised degree_centrality.
 * - weightedDegree: sum of edge attribute 'shared' (overlap graph); bipartite edges weigh 1.
 * - betweenness: unweighted, normalised as betweenness_centrality(G) (by (n-1)(n-2)/2).
 * - closeness: unweighted, closeness_centrality(G) with Wasserman-Faust scaling.
 * - eigenvector: eigenvector_centrality(G, weight='shared' or None), iteration x <- x + A x,
 *   unit Euclidean norm; throws when it does not converge, as NetworkX does.
 * - pagerank: pagerank(G, alpha=0.85, weight='shared'), dangling nodes spread uniformly.
 * Organisation metrics run on the whole bipartite graph (weights null), cluster metrics on the
 * overlap graph (weight 'shared'), isolated nodes included.
 */
import { betweenness } from './betweenness';
import { closeness } from './closeness';
import { degree } from './degree';
import { eigenvector } from './eigenvector';
import { pagerank } from './pagerank';
import type { MetricDescriptor, MetricId } from './types';
import { weightedDegree } from './weighted-degree';

export const METRICS: readonly MetricDescriptor[] = [
  degree,
  weightedDegree,
  betweenness,
  closeness,
  eigenvector,
  pagerank,
];

export function metricById(id: MetricId): MetricDescriptor {
  const metric = METRICS.find((m) => m.id === id);
  if (!metric) throw new Error(`No metric with id "${id}" in the registry.`);
  return metric;
}
