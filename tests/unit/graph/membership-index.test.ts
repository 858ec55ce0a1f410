/** The membership index and the bipartite graph built from it. */
import { describe, expect, it } from 'vitest';

import {
  buildBipartiteGraph,
  clusterNodes,
  organisationNodes,
} from '../../../src/domain/graph/bipartite';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import type { ClusterId, OrgId } from '../../../src/domain/membership/types';
import { makeDataset } from '../analysis/make-dataset';

describe('indexMemberships', () => {
  it('folds repeated memberships into one, both ways', () => {
    const index = indexMemberships(
      makeDataset([
        { id: 'o1', clusters: ['K1', 'K1', 'K2'] },
        { id: 'o2', clusters: ['K2'] },
        { id: 'o3', clusters: [] },
      ]),
    );
    expect(index.membershipCount).toBe(3);
    expect(index.clustersOf.get('o1' as OrgId)).toEqual(['K1', 'K2']);
    expect(index.membersOf.get('K2' as ClusterId)).toEqual(['o1', 'o2']);
    expect(index.clustersOf.get('o3' as OrgId)).toEqual([]);
  });

  it.each([
    [
      'organisation',
      { org: 'ghost' as OrgId, cluster: 'K1' as ClusterId },
      /organisation id "ghost"/,
    ],
    ['cluster', { org: 'o1' as OrgId, cluster: 'ghost' as ClusterId }, /cluster id "ghost"/],
  ])('rejects a membership naming an unknown %s', (_kind, membership, message) => {
    const dataset = makeDataset([{ id: 'o1', clusters: ['K1'] }]);
    const broken = { ...dataset, memberships: [...dataset.memberships, membership] };
    expect(() => indexMemberships(broken)).toThrow(message);
  });
});

describe('buildBipartiteGraph', () => {
  // An organisation and a cluster with the same id must still be two nodes.
  const dataset = makeDataset(
    [
      { id: 'X', name: 'Org X', clusters: ['X', 'Y'] },
      { id: 'o2', clusters: ['X'] },
      { id: 'lonely', clusters: [] },
    ],
    { extraClusters: ['Empty'] },
  );
  const graph = buildBipartiteGraph(indexMemberships(dataset));

  it('keeps organisation and cluster keys apart', () => {
    expect(graph.order).toBe(3 + 3);
    expect(graph.hasNode('o:X') && graph.hasNode('c:X')).toBe(true);
    expect(graph.getNodeAttributes('o:X')).toEqual({
      kind: 'organisation',
      id: 'X',
      label: 'Org X',
    });
    expect(graph.getNodeAttributes('c:X')).toEqual({ kind: 'cluster', id: 'X', label: 'X' });
  });

  it('has one undirected edge per membership and keeps isolated nodes', () => {
    expect(graph.type).toBe('undirected');
    expect(graph.size).toBe(3);
    expect(graph.neighbors('c:X').sort()).toEqual(['o:X', 'o:o2']);
    expect(graph.degree('o:lonely')).toBe(0);
    expect(graph.degree('c:Empty')).toBe(0);
    expect(organisationNodes(graph)).toEqual(['o:X', 'o:o2', 'o:lonely']);
    expect(clusterNodes(graph)).toEqual(['c:X', 'c:Y', 'c:Empty']);
  });
});
