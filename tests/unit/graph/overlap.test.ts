/**
 * Cluster overlaps and the overlap graph, on a hand-made list:
 *   A = {1, 2, 3, 4}, B = {3, 4, 5}, C = {4, 6}, D = {7} (shares nothing), E = {} (no members).
 * Hand-computed: A∩B = {3, 4}: shared 2, union 5, Jaccard 2/5, overlap 2/min(4,3) = 2/3.
 *                A∩C = {4}: 1, union 5, 1/5, 1/2.   B∩C = {4}: 1, union 4, 1/4, 1/2.
 */
import { describe, expect, it } from 'vitest';

import { clusterKey } from '../../../src/domain/graph/keys';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import {
  buildOverlapGraph,
  clusterOverlaps,
  sharedMemberIds,
} from '../../../src/domain/graph/overlap';
import type { ClusterId } from '../../../src/domain/membership/types';
import { makeDataset } from '../analysis/make-dataset';

const index = indexMemberships(
  makeDataset(
    [
      { id: '1', clusters: ['A'] },
      { id: '2', clusters: ['A'] },
      { id: '3', clusters: ['A', 'B'] },
      // Listed twice in B (two rows): must count once.
      { id: '4', clusters: ['A', 'B', 'C', 'B'] },
      { id: '5', clusters: ['B'] },
      { id: '6', clusters: ['C'] },
      { id: '7', clusters: ['D'] },
    ],
    { extraClusters: ['E'] },
  ),
);

describe('clusterOverlaps', () => {
  const overlaps = clusterOverlaps(index);

  it('lists exactly the pairs sharing a member, in dataset order', () => {
    expect(overlaps.map((o) => `${o.a}-${o.b}`)).toEqual(['A-B', 'A-C', 'B-C']);
  });

  it.each([
    ['A', 'B', 2, 2 / 5, 2 / 3],
    ['A', 'C', 1, 1 / 5, 1 / 2],
    ['B', 'C', 1, 1 / 4, 1 / 2],
  ])('%s-%s: shared %i, Jaccard %d, overlap coefficient %d', (a, b, shared, jac, oc) => {
    const o = overlaps.find((x) => x.a === a && x.b === b)!;
    expect(o.shared).toBe(shared);
    expect(o.jaccard).toBeCloseTo(jac, 12);
    expect(o.overlapCoefficient).toBeCloseTo(oc, 12);
  });
});

describe('buildOverlapGraph', () => {
  const graph = buildOverlapGraph(index);

  it('has every cluster as a node, isolated ones included, with its member count', () => {
    expect(graph.nodes()).toEqual(['A', 'B', 'C', 'D', 'E'].map((c) => clusterKey(c as ClusterId)));
    expect(graph.getNodeAttribute(clusterKey('B' as ClusterId), 'members')).toBe(3);
    expect(graph.degree(clusterKey('D' as ClusterId))).toBe(0);
    expect(graph.degree(clusterKey('E' as ClusterId))).toBe(0);
  });

  it('has one undirected edge per overlapping pair, carrying the overlap numbers', () => {
    expect(graph.type).toBe('undirected');
    expect(graph.size).toBe(3);
    const attrs = graph.getEdgeAttributes(
      clusterKey('A' as ClusterId),
      clusterKey('B' as ClusterId),
    );
    expect(attrs.shared).toBe(2);
    expect(attrs.jaccard).toBeCloseTo(0.4, 12);
    expect(attrs.overlapCoefficient).toBeCloseTo(2 / 3, 12);
  });
});

describe('sharedMemberIds', () => {
  it.each([
    ['A', 'B', ['3', '4']],
    ['B', 'A', ['3', '4']],
    ['A', 'C', ['4']],
    ['A', 'D', []],
    ['A', 'nope', []],
  ])('%s and %s share %j', (a, b, expected) => {
    expect(sharedMemberIds(index, a as ClusterId, b as ClusterId)).toEqual(expected);
  });
});
