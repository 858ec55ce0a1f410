/**
 * analyse() end to end against NetworkX: the random membership list of
 * tests/reference/make_reference.py turned into a Dataset; organisation metrics must equal
 * NetworkX on the bipartite graph, cluster metrics NetworkX on the overlap graph, and the
 * overlaps must be the edges NetworkX built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyse } from '../../../src/domain/analysis/analyse';
import type { MetricValues } from '../../../src/domain/analysis/types';
import { makeDataset } from './make-dataset';

interface Reference {
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly [string, string, { shared?: number }])[];
  readonly expected: Record<keyof MetricValues, Record<string, number>>;
}

const read = (name: string): Reference =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../reference', `${name}.json`), 'utf-8'),
  ) as Reference;

const bipartite = read('random-bipartite');
const overlap = read('random-overlap');

const clustersByOrg = new Map<string, string[]>();
for (const node of bipartite.nodes) if (node.startsWith('o:')) clustersByOrg.set(node.slice(2), []);
for (const [u, v] of bipartite.edges) {
  const [org, cluster] = u.startsWith('o:') ? [u, v] : [v, u];
  clustersByOrg.get(org.slice(2))!.push(cluster.slice(2));
}
const clusterIds = bipartite.nodes.filter((n) => n.startsWith('c:')).map((n) => n.slice(2));
const analysis = analyse(
  makeDataset(
    [...clustersByOrg].map(([id, clusters]) => ({ id, clusters })),
    { extraClusters: clusterIds },
  ),
);

const METRIC_IDS: (keyof MetricValues)[] = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
];

describe('analyse matches NetworkX on the random membership list', () => {
  it('has the same organisations and clusters', () => {
    expect(Object.keys(analysis.metrics.organisations).sort()).toEqual(
      [...clustersByOrg.keys()].sort(),
    );
    expect(Object.keys(analysis.metrics.clusters).sort()).toEqual([...clusterIds].sort());
  });

  it.each(METRIC_IDS)('organisation %s (bipartite graph)', (metric) => {
    for (const [name, values] of Object.entries(analysis.metrics.organisations)) {
      expect(values[metric], name).toBeCloseTo(bipartite.expected[metric][`o:${name}`]!, 6);
    }
  });

  it.each(METRIC_IDS)('cluster %s (overlap graph)', (metric) => {
    for (const [name, values] of Object.entries(analysis.metrics.clusters)) {
      expect(values[metric], name).toBeCloseTo(overlap.expected[metric][`c:${name}`]!, 6);
    }
  });

  it('finds the overlaps NetworkX found', () => {
    const key = (a: string, b: string) => [a, b].sort().join('|');
    const ours = new Map(analysis.overlaps.map((o) => [key(o.a, o.b), o.shared]));
    const theirs = new Map(
      overlap.edges.map(([u, v, a]) => [key(u.slice(2), v.slice(2)), a.shared]),
    );
    expect(ours).toEqual(theirs);
  });
});
