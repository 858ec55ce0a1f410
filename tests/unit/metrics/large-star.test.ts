/**
 * A single list of 55 000 members (a star in the bipartite graph) analyses in full: eigenvector
 * centrality does not converge there within its iteration limit, and that is reported as "not
 * computed, because ..." (null values and a metricErrors entry) instead of failing the analysis.
 */
import { describe, expect, it } from 'vitest';

import { analyse } from '../../../src/domain/analysis/analyse';
import type { ClusterId, Dataset, OrgId, Organisation } from '../../../src/domain/membership/types';

function singleList(members: number): Dataset {
  const cluster = 'c1' as ClusterId;
  const organisations: Organisation[] = Array.from({ length: members }, (_, i) => ({
    id: `o${i}` as OrgId,
    name: `Medlem ${i}`,
    aliases: [],
    placement: { kind: 'unknown', reason: { code: 'place.nothing' } },
    sources: [{ file: 'big.csv', row: i + 2 }],
  }));
  return {
    organisations,
    clusters: [{ id: cluster, name: 'Stor klynge' }],
    memberships: organisations.map((o) => ({ org: o.id, cluster })),
    report: {
      rows: members,
      imported: members,
      merged: 0,
      rejected: [],
      merges: [],
      warnings: [],
      files: [],
    },
  };
}

describe('a 55 000-member single list', () => {
  it('analyses, with eigenvector reported as not computed or computed correctly', () => {
    const n = 55_000;
    const analysis = analyse(singleList(n));
    expect(analysis.organisations).toBe(n);
    const member = analysis.metrics.organisations['Medlem 0']!;
    // Star on n + 1 nodes: a leaf lies on no path; it is 1 from the hub and 2 from the others.
    expect(member['betweenness']).toBe(0);
    expect(member['degree']).toBe(1);
    expect(member['harmonic']).toBeCloseTo((1 + (n - 1) / 2) / n, 12);
    expect(member['closeness']).toBeCloseTo(n / (1 + 2 * (n - 1)), 12);
    const failed = analysis.metricErrors.filter((e) => e.metric === 'eigenvector');
    if (member['eigenvector'] === null) {
      expect(failed).toEqual([
        {
          graph: 'organisations',
          metric: 'eigenvector',
          reason: expect.objectContaining({ code: 'metric.notConverged' }) as unknown,
        },
      ]);
    } else {
      // Star eigenvector with unit norm: leaves 1/sqrt(2n), hub 1/sqrt(2).
      expect(failed).toEqual([]);
      expect(member['eigenvector']).toBeCloseTo(1 / Math.sqrt(2 * n), 6);
    }
    expect(analysis.metrics.clusters['Stor klynge']).toMatchObject({ degree: 0, community: 0 });
    expect(analysis.communities).toEqual({ modularity: 0, count: 1 });
  });
});
