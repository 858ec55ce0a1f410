/**
 * The per-graph memo of folded adjacency and distance sums: closeness, harmonic and betweenness
 * read it, and a graph that changes (an edge or node added or dropped, or cleared) is derived
 * afresh, so the values always equal those of a new copy of the graph.
 */
import { describe, expect, it } from 'vitest';
import { betweennessValues } from '../../../src/domain/metrics/betweenness';
import { closenessValues } from '../../../src/domain/metrics/closeness';
import { distanceSumsOf, foldedOf } from '../../../src/domain/metrics/graph-memo';
import { harmonicValues } from '../../../src/domain/metrics/harmonic';
import type { MetricGraph } from '../../../src/domain/metrics/types';
import { bipartite } from './test-graphs';

const METRICS = [closenessValues, harmonicValues, betweennessValues];

function expectAsFresh(graph: MetricGraph): void {
  for (const metric of METRICS) expect(metric(graph)).toEqual(metric(graph.copy()));
}

describe('the graph memo', () => {
  it('derives once per unchanged graph', () => {
    const graph = bipartite(300, 12, 5);
    expect(foldedOf(graph)).toBe(foldedOf(graph));
    expect(distanceSumsOf(graph)).toBe(distanceSumsOf(graph));
    expectAsFresh(graph);
  });

  it('forgets when nodes or edges change', () => {
    const graph = bipartite(300, 12, 6);
    const before = closenessValues(graph);
    const folded = foldedOf(graph);
    graph.addEdge('n0', 'n301');
    expect(foldedOf(graph)).not.toBe(folded);
    expect(closenessValues(graph)).not.toEqual(before);
    expectAsFresh(graph);
    graph.dropEdge('n0', 'n301');
    expect(closenessValues(graph)).toEqual(before);
    graph.addNode('extra');
    expectAsFresh(graph);
    graph.dropNode('extra');
    graph.clearEdges();
    expectAsFresh(graph);
    graph.clear();
    expect(closenessValues(graph)).toEqual({});
  });
});
