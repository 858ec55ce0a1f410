/**
 * The six metrics against NetworkX: every graph written by tests/reference/make_reference.py is
 * rebuilt from its JSON, each registered metric computed with the parameters NetworkX used, and
 * every node's value compared to 1e-6.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import { louvainPartition, modularityOf } from '../../../src/domain/metrics/communities';
import { METRICS } from '../../../src/domain/metrics/registry';
import type { MetricId } from '../../../src/domain/metrics/types';

interface ReferenceGraph {
  readonly name: string;
  readonly weight: string | null;
  readonly params: {
    readonly alpha: number;
    readonly pagerankMaxIterations: number;
    readonly pagerankTolerance: number;
    readonly eigenvectorMaxIterations: number;
    readonly eigenvectorTolerance: number;
  };
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly [string, string, Record<string, number>])[];
  readonly expected: Record<MetricId, Record<string, number>>;
  /** NetworkX Louvain over seeds 1..20; null for a graph without edges. */
  readonly louvain: {
    readonly seeds: number;
    readonly bestModularity: number;
    readonly runs: readonly { readonly partition: string[][]; readonly modularity: number }[];
  } | null;
}

const DIR = join(import.meta.dirname, '../../reference');
const references: ReferenceGraph[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf-8')) as ReferenceGraph);

function rebuild(ref: ReferenceGraph): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of ref.nodes) graph.addNode(node);
  for (const [u, v, attrs] of ref.edges) graph.addEdge(u, v, attrs);
  return graph;
}

function paramsFor(id: MetricId, ref: ReferenceGraph): Record<string, number | string | null> {
  const p = ref.params;
  switch (id) {
    case 'weightedDegree':
      return { weight: ref.weight };
    case 'eigenvector':
      return {
        weight: ref.weight,
        maxIterations: p.eigenvectorMaxIterations,
        tolerance: p.eigenvectorTolerance,
      };
    case 'pagerank':
      return {
        weight: ref.weight,
        alpha: p.alpha,
        maxIterations: p.pagerankMaxIterations,
        tolerance: p.pagerankTolerance,
      };
    default:
      return {};
  }
}

describe('metrics match NetworkX', () => {
  it('has the reference graphs the script writes', () => {
    expect(references.map((r) => r.name)).toEqual([
      'communities-overlap',
      'disconnected-bipartite',
      'path',
      'random-bipartite',
      'random-overlap',
      'small-overlap',
      'star',
      'tiny-components',
      'twins',
    ]);
  });

  // Communities are partitions, not values per node: compared by modularity below.
  const cases = references.flatMap((ref) =>
    METRICS.filter((m) => m.kind === 'number').map((metric) => ({ ref, metric })),
  );
  it.each(cases.map((c) => [c.ref.name, c.metric.id, c] as const))('%s: %s', (_n, _m, c) => {
    const { ref, metric } = c;
    const graph = rebuild(ref);
    const actual = metric.compute(graph, paramsFor(metric.id, ref));
    const expected = ref.expected[metric.id];
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [node, value] of Object.entries(expected)) {
      // toBeCloseTo(v, 6) allows |diff| < 5e-7, inside the 1e-6 asked for.
      expect(actual[node], `${ref.name} ${metric.id} ${node}`).toBeCloseTo(value, 6);
    }
  });

  // Communities are a cluster metric: checked on the overlap graphs (weighted by 'shared').
  it.each(
    references.filter((r) => r.louvain && r.weight === 'shared').map((r) => [r.name, r] as const),
  )(
    '%s: Louvain partition as good as NetworkX best, modularity computed as NetworkX does',
    (_n, ref) => {
      const graph = rebuild(ref);
      const louvain = ref.louvain!;
      // Our modularity function on NetworkX's own partitions gives NetworkX's numbers.
      for (const run of louvain.runs) {
        const community: Record<string, number> = {};
        run.partition.forEach((part, i) => part.forEach((node) => (community[node] = i)));
        expect(modularityOf(graph, community, ref.weight)).toBeCloseTo(run.modularity, 6);
      }
      const ours = louvainPartition(graph, { weight: ref.weight });
      expect(ours.modularity).toBeGreaterThanOrEqual(louvain.bestModularity - 0.01);
      expect(modularityOf(graph, ours.community, ref.weight)).toBeCloseTo(ours.modularity, 12);
      // Numbered by size, largest first, every node labelled.
      const sizes = new Map<number, number>();
      for (const c of Object.values(ours.community)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      expect(Object.keys(ours.community).sort()).toEqual([...ref.nodes].sort());
      expect([...sizes.keys()].sort((a, b) => a - b)).toEqual([...Array(ours.count).keys()]);
      for (let c = 1; c < ours.count; c++)
        expect(sizes.get(c)!).toBeLessThanOrEqual(sizes.get(c - 1)!);
    },
  );

  it('does not modify the graph it measures', () => {
    const ref = references.find((r) => r.name === 'small-overlap')!;
    const graph = rebuild(ref);
    const before = JSON.stringify(graph.export());
    for (const metric of METRICS) metric.compute(graph, paramsFor(metric.id, ref));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
