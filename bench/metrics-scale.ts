/**
 * klyngekart's exact betweenness checked against graphology-metrics' on the same bipartite graph
 * (scaled-data.ts): its time beside the whole analyse(), which must run at least 50 times faster
 * at 10x, with values equal to 1e-9. Run at 1x and 10x only (80-150 s at 10x; at 100x it would
 * not finish).
 */
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';

import { buildBipartiteGraph } from '../src/domain/graph/bipartite';
import { indexMemberships } from '../src/domain/graph/membership-index';
import { betweennessValues } from '../src/domain/metrics/betweenness';
import { scaledDataset } from './scaled-data';

export interface GraphologyComparison {
  readonly graphologyMs: number;
  readonly analyseMs: number;
  readonly ratio: number;
  readonly largestDifference: number;
}

export function compareWithGraphology(scale: number, analyseMs: number): GraphologyComparison {
  const graph = buildBipartiteGraph(indexMemberships(scaledDataset({ scale })));
  const start = performance.now();
  const theirs = graphologyBetweenness(graph, { normalized: true });
  const graphologyMs = performance.now() - start;
  const ours = betweennessValues(graph);
  let largestDifference = 0;
  for (const [node, value] of Object.entries(theirs)) {
    largestDifference = Math.max(largestDifference, Math.abs(value - ours[node]!));
  }
  return { graphologyMs, analyseMs, ratio: graphologyMs / analyseMs, largestDifference };
}
