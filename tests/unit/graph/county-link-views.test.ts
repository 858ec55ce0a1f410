/* What the county-link views read: carriers of one cell, clusters by unit and by member type. */
import { describe, expect, it } from 'vitest';

import {
  clusterMembersByType,
  clusterMembersByUnit,
  linkCarriers,
  linkOrganisations,
} from '../../../src/domain/graph/county-link-views';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import type { ClusterId, MemberType } from '../../../src/domain/membership/types';
import { makeDataset, type OrgSpec } from '../analysis/make-dataset';

// K1 = {a1, a2, b1}, K2 = {a1, b1, c1, x, v}, K3 = {a1, c1}; a* Oslo (unit 0 in 2024), b1
// Østfold (unit 4), c1 Akershus (unit 5), x abroad, v ambiguous Viken.
const SPECS: OrgSpec[] = [
  { id: 'a1', where: '03', clusters: ['K1', 'K2', 'K3'] },
  { id: 'a2', where: '03', clusters: ['K1'] },
  { id: 'b1', where: '31', clusters: ['K1', 'K2'] },
  { id: 'c1', where: '32', clusters: ['K2', 'K3'] },
  { id: 'x', where: 'abroad', clusters: ['K2'] },
  { id: 'v', where: 'ambiguous', clusters: ['K2'] },
];
const TYPES: Record<string, MemberType> = { a1: 'research', a2: 'startup', b1: 'startup' };
const base = makeDataset(SPECS);
const index = indexMemberships({
  ...base,
  organisations: base.organisations.map((o) => (TYPES[o.id] ? { ...o, type: TYPES[o.id]! } : o)),
});
const OSLO = 0;
const OSTFOLD = 4;

describe('linkCarriers', () => {
  it('Oslo -> Østfold: K1 carries 2 pairs (a1b1, a2b1), K2 one (a1b1)', () => {
    const carriers = linkCarriers(index, OSLO, OSTFOLD);
    expect(carriers.map((c) => [c.cluster, c.pairs, c.from, c.to])).toEqual([
      ['K1', 2, ['a1', 'a2'], ['b1']],
      ['K2', 1, ['a1'], ['b1']],
    ]);
    expect(linkOrganisations(carriers)).toEqual({ from: ['a1', 'a2'], to: ['b1'] });
  });

  it('Oslo -> Oslo: K1 carries a1a2 both ways; K2 and K3 none', () => {
    expect(linkCarriers(index, OSLO, OSLO).map((c) => [c.cluster, c.pairs])).toEqual([['K1', 2]]);
  });

  it('through K2 only, and under region (Viken holds b1, c1 and v)', () => {
    const only = { clusters: new Set(['K2'] as ClusterId[]) };
    expect(linkCarriers(index, OSLO, OSTFOLD, only).map((c) => c.cluster)).toEqual(['K2']);
    const region = linkCarriers(index, 0, 1, { scheme: 'region' });
    expect(region.map((c) => [c.cluster, c.pairs])).toEqual([
      ['K2', 3],
      ['K1', 2],
      ['K3', 1],
    ]);
  });
});

describe('clusters by unit and by type', () => {
  it.each([
    ['2024', 'K2', [1, 0, 0, 0, 1, 1], { abroad: 1, unknown: 0, ambiguous: 1 }],
    ['region', 'K2', [1, 3, 0], { abroad: 1, unknown: 0, ambiguous: 0 }],
    ['region', 'K1', [2, 1, 0], { abroad: 0, unknown: 0, ambiguous: 0 }],
  ] as const)('%s %s', (scheme, cluster, byUnit, unplaced) => {
    const row = clusterMembersByUnit(index, { scheme }).find((r) => r.cluster === cluster)!;
    expect(row.byUnit.slice(0, byUnit.length)).toEqual(byUnit);
    expect(row.byUnit.slice(byUnit.length).every((n) => n === 0)).toBe(true);
    expect(row.unplaced).toEqual(unplaced);
  });

  it.each([
    ['K1', { startup: 2, established: 0, public: 0, research: 1, investor: 0, unknown: 0 }],
    ['K2', { startup: 1, established: 0, public: 0, research: 1, investor: 0, unknown: 3 }],
  ])('%s by type', (cluster, byType) => {
    expect(clusterMembersByType(index).find((r) => r.cluster === cluster)!.byType).toEqual(byType);
  });
});
