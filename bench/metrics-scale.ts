/**
 * The metrics at 1x, 10x and 100x the report's size (scaled-data.ts), stage by stage with time
 * and memory, and klyngekart's exact betweenness checked against graphology-metrics' on the same
 * graph: the whole analyse() must run at least 50 times faster than graphology-metrics'
 * betweenness alone at 10x, with values equal to 1e-9. graphology-metrics is run once, on the
 * bipartite graph at 10x only (80-150 s there; at 100x it would not finish).
 */
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';

import { buildBipartiteGraph } from '../src/domain/graph/bipartite';
import { indexMemberships } from '../src/domain/graph/membership-index';
import { betweennessValues } from '../src/domain/metrics/betweenness';
import { scaledDataset } from './scaled-data';
import { analysisStages, type StageRow } from './stages';

export interface ScaleResult {
  readonly scale: number;
  readonly organisations: number;
  readonly clusters: number;
  readonly rows: StageRow[];
}

export function metricsAtScale(scale: number, onRow?: (row: StageRow) => void): ScaleResult {
  const dataset = scaledDataset({ scale });
  return {
    scale,
    organisations: dataset.organisations.length,
    clusters: dataset.clusters.length,
    rows: analysisStages(dataset, onRow),
  };
}

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
