/**
 * The metrics klyngekart computes, in one list: adding a metric is one file, one line here, and
 * its words in words.ts (a test checks). The UI builds its metric controls from these
 * descriptors, and analyse() reports each for the graphs its descriptor names.
 *
 * Conventions (each checked against NetworkX 3.x to 1e-6, tests/reference/make_reference.py):
 * - degree: raw neighbour count, not NetworkX's normalised degree_centrality.
 * - weightedDegree: sum of edge attribute 'shared' (overlap graph); bipartite edges weigh 1.
 * - betweenness: unweighted, normalised as betweenness_centrality(G) (by (n-1)(n-2)/2).
 * - closeness: unweighted, closeness_centrality(G) with Wasserman-Faust scaling.
 * - harmonic: unweighted, harmonic_centrality(G) / (n - 1).
 * - eigenvector: eigenvector_centrality(G, weight='shared' or None), iteration x <- x + A x,
 *   unit Euclidean norm; not computed (reported as such) when it does not converge.
 * - pagerank: pagerank(G, alpha=0.85, weight='shared'), dangling nodes spread uniformly.
 * - clustering (clusters only): clustering(G), unweighted.
 * - community (clusters only): best-modularity Louvain partition over seeded runs.
 * Organisation metrics run on the whole bipartite graph (weights null), cluster metrics on the
 * overlap graph (weight 'shared'), isolated nodes included.
 */
import { betweenness } from './betweenness';
import { closeness } from './closeness';
import { clustering } from './clustering';
import { community } from './communities';
import { degree } from './degree';
import { eigenvector } from './eigenvector';
import { harmonic } from './harmonic';
import { pagerank } from './pagerank';
import type { MetricDescriptor, MetricId } from './types';
import { weightedDegree } from './weighted-degree';

export const METRICS: readonly MetricDescriptor[] = [
  degree,
  weightedDegree,
  betweenness,
  closeness,
  harmonic,
  eigenvector,
  pagerank,
  clustering,
  community as unknown as MetricDescriptor,
];

export function metricById(id: MetricId): MetricDescriptor {
  const metric = METRICS.find((m) => m.id === id);
  if (!metric) throw new Error(`No metric with id "${id}" in the registry.`);
  return metric;
}
