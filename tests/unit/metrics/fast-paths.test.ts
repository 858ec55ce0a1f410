/**
 * The fast paths of betweenness, closeness and harmonic closeness (leaf folding, twins, hub rows,
 * level-by-level Brandes, partial sums over slices of sources) against plain textbook versions
 * written here over graphology, on small graphs of every shape those paths treat apart:
 * bipartite, not bipartite, disconnected, with twins and leaves, single nodes, isolated edges,
 * and a path too long for the hubs' one-byte distances.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import { foldedAdjacencyOf } from '../../../src/domain/metrics/adjacency';
import {
  betweennessPartial,
  betweennessValues,
  finishBetweenness,
  searchSources,
} from '../../../src/domain/metrics/betweenness';
import { closenessValues } from '../../../src/domain/metrics/closeness';
import { harmonicValues } from '../../../src/domain/metrics/harmonic';
import { GRAPHS } from './test-graphs';

function distancesFrom(g: Graph, source: string): Map<string, number> {
  const dist = new Map([[source, 0]]);
  const queue = [source];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    g.forEachNeighbor(v, (w) => {
      if (!dist.has(w)) {
        dist.set(w, dist.get(v)! + 1);
        queue.push(w);
      }
    });
  }
  return dist;
}

function plainCloseness(g: Graph): Record<string, number> {
  const n = g.order;
  const out: Record<string, number> = {};
  g.forEachNode((s) => {
    const dist = distancesFrom(g, s);
    const total = [...dist.values()].reduce((a, b) => a + b, 0);
    const r = dist.size - 1;
    out[s] = total > 0 && n > 1 ? (r / total) * (r / (n - 1)) : 0;
  });
  return out;
}

function plainHarmonic(g: Graph): Record<string, number> {
  const out: Record<string, number> = {};
  g.forEachNode((s) => {
    let sum = 0;
    for (const d of distancesFrom(g, s).values()) if (d > 0) sum += 1 / d;
    out[s] = g.order > 1 ? sum / (g.order - 1) : 0;
  });
  return out;
}

/** Brandes with predecessor lists, every node a source, NetworkX's normalisation. */
function plainBetweenness(g: Graph): Record<string, number> {
  const c: Record<string, number> = {};
  g.forEachNode((v) => (c[v] = 0));
  g.forEachNode((s) => {
    const dist = new Map([[s, 0]]);
    const sigma = new Map([[s, 1]]);
    const preds = new Map<string, string[]>([[s, []]]);
    const order = [s];
    for (let i = 0; i < order.length; i++) {
      const v = order[i]!;
      g.forEachNeighbor(v, (w) => {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          sigma.set(w, 0);
          preds.set(w, []);
          order.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          preds.get(w)!.push(v);
        }
      });
    }
    const delta = new Map(order.map((v) => [v, 0]));
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i]!;
      for (const v of preds.get(w)!)
        delta.set(v, delta.get(v)! + (sigma.get(v)! / sigma.get(w)!) * (1 + delta.get(w)!));
      if (w !== s) c[w]! += delta.get(w)!;
    }
  });
  const n = g.order;
  if (n > 2) for (const v of Object.keys(c)) c[v]! /= (n - 1) * (n - 2);
  return c;
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) expect(actual[node]).toBeCloseTo(value, 12);
}

describe.each(GRAPHS)('fast metric paths on %s', (_name, graph) => {
  it('closeness equals a search from every node, with hub rows and without', () => {
    const plain = plainCloseness(graph);
    expectClose(closenessValues(graph), plain);
    expectClose(closenessValues(graph, { maxRowBytes: 0 }), plain);
    expectClose(closenessValues(graph, { maxRowBytes: 64 }), plain);
  });

  it('harmonic closeness equals a search from every node, with hub rows and without', () => {
    const plain = plainHarmonic(graph);
    expectClose(harmonicValues(graph), plain);
    expectClose(harmonicValues(graph, { maxRowBytes: 0 }), plain);
    expectClose(harmonicValues(graph, { maxRowBytes: 64 }), plain);
  });

  it('betweenness equals textbook Brandes', () => {
    expectClose(betweennessValues(graph), plainBetweenness(graph));
  });

  it('betweenness summed over slices of sources equals the single run', () => {
    const folded = foldedAdjacencyOf(graph);
    const sources = searchSources(folded);
    const n = folded.nodes.length;
    const whole = finishBetweenness([betweennessPartial(folded, sources)], n);
    const cut = [0, Math.floor(sources.length / 3), Math.floor(sources.length / 2), sources.length];
    const parts = cut.slice(1).map((to, i) => betweennessPartial(folded, sources, cut[i]!, to));
    const summed = finishBetweenness(parts, n);
    for (let i = 0; i < n; i++) expect(summed[i]).toBeCloseTo(whole[i]!, 14);
  });
});
