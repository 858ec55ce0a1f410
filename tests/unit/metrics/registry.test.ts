/** The registry, parameter checking and edge cases NetworkX does not cover. */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import { computeAllMetrics, runMetric } from '../../../src/domain/metrics/compute-all';
import { eigenvector } from '../../../src/domain/metrics/eigenvector';
import { pagerank } from '../../../src/domain/metrics/pagerank';
import { METRICS, metricById } from '../../../src/domain/metrics/registry';
import { weightedDegree } from '../../../src/domain/metrics/weighted-degree';
import {
  METRIC_WORDS,
  metricWordKey,
  renderMetricMessage,
} from '../../../src/domain/metrics/words';

function triangleWithTail(): Graph {
  const g = new Graph({ type: 'undirected' });
  g.mergeEdge('a', 'b', { shared: 3 });
  g.mergeEdge('b', 'c', { shared: 1 });
  g.mergeEdge('a', 'c', { shared: 2 });
  g.mergeEdge('c', 'd', {});
  return g;
}

describe('registry', () => {
  it('holds the known metrics, ids unique, each findable by id', () => {
    const ids = METRICS.map((m) => m.id);
    expect(ids).toEqual([
      'degree',
      'weightedDegree',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'clustering',
      'community',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(metricById(id).id).toBe(id);
    expect(() => metricById('nope')).toThrow(/No metric with id "nope"/);
  });

  it.each(METRICS.flatMap((m) => (['nb', 'en'] as const).map((lang) => [m.id, lang] as const)))(
    '%s has label, description and a {name} meaning in %s',
    (id, lang) => {
      const words = METRIC_WORDS.get(id)?.[lang];
      expect(words?.label.trim()).toBeTruthy();
      expect(words?.description.trim()).toBeTruthy();
      expect(words?.meaning).toContain('{name}');
      expect(metricWordKey(id, 'meaning')).toBe(`metric.${id}.meaning`);
    },
  );

  it('has no words for metrics that are not registered', () => {
    const ids = new Set(METRICS.map((m) => m.id));
    for (const id of METRIC_WORDS.keys()) expect(ids.has(id), id).toBe(true);
  });

  it('gives every number parameter a default inside its range', () => {
    for (const metric of METRICS) {
      for (const spec of Object.values(metric.params)) {
        if (spec.kind !== 'number') continue;
        expect(spec.default).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default).toBeLessThanOrEqual(spec.max);
      }
    }
  });
});

describe('parameters', () => {
  it.each([
    [{ alpha: 1.5 }, /pagerank: parameter alpha must be between 0 and 0.99, got 1.5/],
    [{ maxIterations: 2.5 }, /maxIterations must be a whole number/],
    [{ tolerance: Number.NaN }, /tolerance must be a number/],
  ])('rejects %j', (given, message) => {
    expect(() => pagerank.compute(triangleWithTail(), given)).toThrow(message);
  });

  it.each([
    ['shared', { a: 5, b: 4, c: 4, d: 1 }],
    [null, { a: 2, b: 2, c: 3, d: 1 }],
  ])('weightedDegree with weight %s (missing attribute weighs 1)', (weight, expected) => {
    expect(weightedDegree.compute(triangleWithTail(), { weight })).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('returns nothing for an empty graph instead of failing to converge', () => {
    const empty = new Graph({ type: 'undirected' });
    for (const metric of METRICS) expect(metric.compute(empty), metric.id).toEqual({});
  });

  it('throws a clear error when eigenvector centrality does not converge', () => {
    expect(() => eigenvector.compute(triangleWithTail(), { maxIterations: 2 })).toThrow(
      /did not converge within 2 iterations .* raise maxIterations/,
    );
  });

  it('reports a metric that cannot be computed as a reason, and the others still run', () => {
    const outcome = runMetric(eigenvector, triangleWithTail(), { maxIterations: 2 });
    expect(outcome).toEqual({
      ok: false,
      reason: {
        code: 'metric.notConverged',
        params: { metric: 'eigenvector', iterations: 2, tolerance: 1e-6, nodes: 4 },
      },
    });
    if (outcome.ok) return;
    expect(renderMetricMessage(outcome.reason, 'en')).toBe(
      'Eigenvector could not be computed: the iteration did not settle within 2 rounds (tolerance 0.000001, 4 nodes).',
    );
    expect(renderMetricMessage(outcome.reason, 'nb')).toMatch(/^Egenvektor ble ikke beregnet/);
    const { rows, errors } = computeAllMetrics(triangleWithTail(), ['a'], 'clusters', {
      eigenvector: { maxIterations: 2 },
    });
    expect(errors.map((e) => e.metric)).toEqual(['eigenvector']);
    expect(rows.get('a')).toMatchObject({ eigenvector: null, degree: 2 });
    expect(rows.get('a')!['pagerank']).toBeGreaterThan(0);
  });

  it.each([
    ['clusters', ['clustering', 'community']],
    ['organisations', []],
  ] as const)('reports the graph-specific metrics for %s only', (kind, only) => {
    const { rows } = computeAllMetrics(triangleWithTail(), ['a'], kind);
    const keys = Object.keys(rows.get('a')!);
    for (const id of ['clustering', 'community'])
      expect(keys.includes(id), id).toBe((only as readonly string[]).includes(id));
    expect(keys).toContain('harmonic');
  });

  it('scores isolated nodes: pagerank shares them out, closeness and betweenness 0', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('lonely');
    g.mergeEdge('a', 'b', { shared: 1 });
    const { rows } = computeAllMetrics(g, ['lonely', 'a'], 'clusters');
    expect(rows.get('lonely')).toMatchObject({ degree: 0, betweenness: 0, closeness: 0 });
    // The isolated node is dangling: it keeps the teleport share (1 - alpha)/3 and gets a third
    // of its own score back, p = (1 - alpha)/3 + alpha p/3, so p = (1 - alpha)/(3 - alpha).
    const pr = pagerank.compute(g);
    expect(pr['a']! + pr['b']! + pr['lonely']!).toBeCloseTo(1, 9);
    expect(pr['lonely']).toBeCloseTo(0.15 / 2.15, 6);
    expect(pr['a']).toBeCloseTo(pr['b']!, 12);
  });
});

describe('computeAllMetrics', () => {
  it('reports only the nodes asked for, computed on the whole graph', () => {
    const { rows } = computeAllMetrics(triangleWithTail(), ['c'], 'clusters');
    expect([...rows.keys()]).toEqual(['c']);
    // c lies on every shortest path from d: pairs (a,d), (b,d) of 3 pairs among the others.
    expect(rows.get('c')!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(rows.get('c')!.degree).toBe(3);
  });
});
