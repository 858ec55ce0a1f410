/**
 * Louvain communities of the overlap graph, weighted by shared members, with the modularity of
 * the partition reported. graphology-communities-louvain does the moves; it is run with a seeded
 * random source (mulberry32) for `seeds` seeds (20 by default), each with fast local moves on
 * and off, and the partition with the highest
 * modularity is kept, so the result is the same on every run and as good as the best of several
 * NetworkX louvain_communities runs. The modularity is computed here from the partition itself
 * (NetworkX modularity(G, communities, weight, resolution=1)), never taken from the library's
 * bookkeeping, so the number reported is the number of the partition reported.
 *
 * Communities are numbered 0, 1, 2 ... by size, largest first (ties: the community whose first
 * node comes first in graph order). A graph without edges has every node alone and modularity 0
 * (NetworkX divides by zero there).
 */
import louvain from 'graphology-communities-louvain';

import { mulberry32 } from '../random/mulberry32';
import { edgeWeight, resolveParams } from './params';
import type {
  MetricDescriptor,
  MetricGraph,
  NodeValues,
  NumberParamSpec,
  WeightParamSpec,
} from './types';

const params = {
  weight: {
    kind: 'edge-weight',
    label: 'Edge weight',
    description: 'Edge attribute used as weight; null for unweighted.',
    default: 'shared',
  } satisfies WeightParamSpec,
  seeds: {
    kind: 'number',
    label: 'Seeds',
    description: 'Louvain runs (seeds 1..n); the partition of highest modularity is kept.',
    default: 20,
    min: 1,
    max: 1000,
    integer: true,
  } satisfies NumberParamSpec,
};

export interface Partition {
  /** Community number per node, 0 for the largest community. */
  readonly community: NodeValues;
  readonly count: number;
  readonly modularity: number;
}

/** NetworkX modularity(G, communities, weight): sum over communities of L_c/m - (d_c/2m)^2. */
export function modularityOf(
  graph: MetricGraph,
  community: NodeValues,
  weight: string | null,
): number {
  let m = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  graph.forEachEdge((_e, attrs, u, v) => {
    if (u === v) return;
    const w = edgeWeight(attrs, weight);
    m += w;
    const cu = community[u]!;
    const cv = community[v]!;
    degree.set(cu, (degree.get(cu) ?? 0) + w);
    degree.set(cv, (degree.get(cv) ?? 0) + w);
    if (cu === cv) inside.set(cu, (inside.get(cu) ?? 0) + w);
  });
  if (m === 0) return 0;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}

/** Renumbers communities by size desc, ties by first appearance in graph order. */
function bySize(graph: MetricGraph, raw: Readonly<Record<string, number>>): NodeValues {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  graph.forEachNode((node) => {
    const c = raw[node]!;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, first.size);
  });
  const order = [...size.keys()].sort(
    (a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!,
  );
  const number = new Map(order.map((c, i) => [c, i]));
  const out: NodeValues = {};
  graph.forEachNode((node) => {
    out[node] = number.get(raw[node]!)!;
  });
  return out;
}

const cache = new WeakMap<MetricGraph, Map<string, Partition>>();

export function louvainPartition(
  graph: MetricGraph,
  given?: Partial<{ weight: string | null; seeds: number }>,
): Partition {
  const { weight, seeds } = resolveParams('community', params, given);
  const key = `${weight}|${seeds}`;
  const known = cache.get(graph)?.get(key);
  if (known) return known;
  let best: Partition;
  if (graph.size === 0) {
    const alone: Record<string, number> = {};
    graph.forEachNode((node) => {
      alone[node] = Object.keys(alone).length;
    });
    best = { community: bySize(graph, alone), count: graph.order, modularity: 0 };
  } else {
    let bestRaw: Readonly<Record<string, number>> | null = null;
    let bestQ = -Infinity;
    // Each seed with fast local moves on and off: the slower variant escapes some local optima.
    for (let run = 0; run < 2 * seeds; run++) {
      const raw = louvain(graph, {
        getEdgeWeight: weight === null ? null : (_e, attrs) => edgeWeight(attrs, weight),
        fastLocalMoves: run % 2 === 0,
        rng: mulberry32(1 + (run >> 1)),
      });
      const q = modularityOf(graph, raw, weight);
      if (q > bestQ + 1e-12) {
        bestQ = q;
        bestRaw = raw;
      }
    }
    const community = bySize(graph, bestRaw!);
    best = {
      community,
      count: new Set(Object.values(community)).size,
      modularity: modularityOf(graph, community, weight),
    };
  }
  if (!cache.has(graph)) cache.set(graph, new Map());
  cache.get(graph)!.set(key, best);
  return best;
}

export const community: MetricDescriptor<typeof params> = {
  id: 'community',
  graph: 'clusters',
  kind: 'category',
  label: 'Community',
  description: 'Louvain community (weighted by shared members), 0 for the largest.',
  params,
  compute: (graph, given) => louvainPartition(graph, given).community,
};
