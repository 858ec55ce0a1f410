/**
 * What several metrics derive from the same graph (the leaf-folded adjacency; the distance sums
 * both closeness and harmonic read), derived once per graph instead of once per metric: at 100x
 * the distance sums take seconds. Kept with the graph (a WeakMap, so it goes when the graph
 * goes) and forgotten as soon as a node or an edge is added or dropped (graphology's events):
 * the metrics read the graph unweighted, so attribute changes do not matter.
 */
import { foldedAdjacencyOf, type FoldedAdjacency } from './adjacency';
import { distanceSums, type DistanceSums } from './distance-sums';
import type { MetricGraph } from './types';

interface Memo {
  folded?: FoldedAdjacency;
  sums?: DistanceSums;
}

const memos = new WeakMap<MetricGraph, Memo>();

const CHANGES = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
] as const;

function memoOf(graph: MetricGraph): Memo {
  let memo = memos.get(graph);
  if (!memo) {
    const fresh: Memo = {};
    memo = fresh;
    memos.set(graph, fresh);
    const forget = () => {
      delete fresh.folded;
      delete fresh.sums;
    };
    for (const change of CHANGES) graph.on(change, forget);
  }
  return memo;
}

export function foldedOf(graph: MetricGraph): FoldedAdjacency {
  const memo = memoOf(graph);
  return (memo.folded ??= foldedAdjacencyOf(graph));
}

export function distanceSumsOf(graph: MetricGraph): DistanceSums {
  const memo = memoOf(graph);
  return (memo.sums ??= distanceSums(foldedOf(graph)));
}
