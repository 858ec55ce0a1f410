/**
 * County links on a five-organisation example worked by hand, invariants, and a brute-force
 * comparison on random datasets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { COUNTIES_2024 } from '../../../src/domain/geo/counties';
import { computeCountyLinks } from '../../../src/domain/graph/county-links';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import { makeDataset, type OrgSpec, type Where } from '../analysis/make-dataset';

/*
 * The example. Clusters: K1 = {a1, a2, b1}, K2 = {a1, b1, c1, x}, K3 = {a1, c1}.
 * Places: a1, a2 in Oslo; b1 in Østfold; c1 in Akershus; x abroad (left out of the measure).
 *
 * Co-members placed in a county, each counted once however many clusters are shared:
 *   a1: K1 -> a2, b1; K2 -> b1, c1 (x left out); K3 -> c1   => a2, b1, c1
 *   a2: K1 -> a1, b1                                         => a1, b1
 *   b1: K1 -> a1, a2; K2 -> a1, c1                           => a1, a2, c1
 *   c1: K2 -> a1, b1; K3 -> a1                               => a1, b1
 * Ordered pairs (a, b):
 *   Oslo->Oslo 2 (a1a2, a2a1)  Oslo->Østfold 2 (a1b1, a2b1)  Oslo->Akershus 1 (a1c1)
 *   Østfold->Oslo 2            Østfold->Akershus 1 (b1c1)    Akershus->Oslo 1 (c1a1)
 *   Akershus->Østfold 1 (c1b1) and 0 elsewhere (no pair inside Østfold or Akershus).
 * Members: Oslo 2, Østfold 1, Akershus 1. perMember = pairs / members of the row county:
 *   Oslo: Oslo 2/2 = 1, Østfold 2/2 = 1, Akershus 1/2 = 0.5
 *   Østfold: Oslo 2/1 = 2, Akershus 1/1 = 1
 *   Akershus: Oslo 1/1 = 1, Østfold 1/1 = 1
 */
const EXAMPLE: OrgSpec[] = [
  { id: 'a1', where: '03', clusters: ['K1', 'K2', 'K3'] },
  { id: 'a2', where: '03', clusters: ['K1'] },
  { id: 'b1', where: '31', clusters: ['K1', 'K2'] },
  { id: 'c1', where: '32', clusters: ['K2', 'K3'] },
  { id: 'x', where: 'abroad', clusters: ['K2'] },
];

describe('computeCountyLinks: the worked example', () => {
  const links = computeCountyLinks(indexMemberships(makeDataset(EXAMPLE)));

  it('lists the 15 counties of 2024 by name in number order', () => {
    expect(links.scheme).toBe('2024');
    expect(links.counties).toHaveLength(15);
    expect(links.counties.slice(0, 2)).toEqual(['Oslo', 'Rogaland']);
    expect(links.counties).toContain('Østfold');
  });

  it.each([
    ['Oslo', 2],
    ['Østfold', 1],
    ['Akershus', 1],
    ['Buskerud', 0],
  ])('members in %s: %i', (county, n) => {
    expect(links.members[county]).toBe(n);
  });

  it.each([
    ['Oslo', 'Oslo', 2, 1],
    ['Oslo', 'Østfold', 2, 1],
    ['Oslo', 'Akershus', 1, 0.5],
    ['Østfold', 'Oslo', 2, 2],
    ['Østfold', 'Østfold', 0, 0],
    ['Østfold', 'Akershus', 1, 1],
    ['Akershus', 'Oslo', 1, 1],
    ['Akershus', 'Østfold', 1, 1],
    ['Akershus', 'Akershus', 0, 0],
    ['Oslo', 'Trøndelag', 0, 0],
    ['Trøndelag', 'Oslo', 0, 0],
  ])('%s -> %s: %i pairs, %d per member', (from, to, pairs, perMember) => {
    expect(links.pairs[from]![to]).toBe(pairs);
    expect(links.perMember[from]![to]).toBeCloseTo(perMember, 12);
  });

  it('reports the member abroad as left out', () => {
    expect(links.leftOut).toEqual({ abroad: 1, unknown: 0, ambiguous: 0 });
  });
});

describe('computeCountyLinks: who counts', () => {
  it('leaves out unknown and ambiguous members and ignores organisations in no cluster', () => {
    const links = computeCountyLinks(
      indexMemberships(
        makeDataset([
          { id: 'o1', where: '03', clusters: ['K'] },
          { id: 'o2', where: 'unknown', clusters: ['K'] },
          { id: 'o3', where: 'ambiguous', clusters: ['K'] },
          { id: 'o4', where: '46', clusters: [] },
          { id: 'o5', where: '46', clusters: ['K'] },
        ]),
      ),
    );
    expect(links.leftOut).toEqual({ abroad: 0, unknown: 1, ambiguous: 1 });
    expect(links.members['Vestland']).toBe(1); // o4 is in no cluster: not a member
    expect(links.pairs['Oslo']!['Vestland']).toBe(1);
    expect(links.perMember['Vestland']!['Oslo']).toBe(1);
  });

  it('gives all zeros, not NaN, for an empty dataset', () => {
    const links = computeCountyLinks(indexMemberships(makeDataset([])));
    const values = Object.values(links.perMember).flatMap((row) => Object.values(row));
    expect(values).toHaveLength(15 * 15);
    expect(values.every((v) => v === 0)).toBe(true);
  });
});

/** The definition, literally: every ordered pair of distinct placed members. */
function bruteForce(orgs: readonly OrgSpec[]): Map<string, number> {
  const counts = new Map<string, number>();
  const placed = orgs.filter((o) => o.clusters.length > 0 && /^\d\d$/.test(o.where ?? '03'));
  for (const a of placed) {
    for (const b of placed) {
      if (a === b || !a.clusters.some((c) => b.clusters.includes(c))) continue;
      const key = `${a.where}|${b.where}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

describe('computeCountyLinks: against the definition', () => {
  const where = fc.constantFrom<Where>('03', '31', '32', '50', 'abroad', 'unknown');
  const orgList = fc.array(
    fc.record({ where, clusters: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E')) }),
    { maxLength: 30 },
  );

  it('matches a brute-force count, is symmetric and perMember = pairs / members', () => {
    fc.assert(
      fc.property(orgList, (list) => {
        const orgs = list.map((o, i) => ({ ...o, id: `o${i}` }));
        const links = computeCountyLinks(indexMemberships(makeDataset(orgs)));
        const expected = bruteForce(orgs);
        for (const from of COUNTIES_2024) {
          for (const to of COUNTIES_2024) {
            const pairs = links.pairs[from.name]![to.name]!;
            expect(pairs).toBe(expected.get(`${from.number}|${to.number}`) ?? 0);
            expect(pairs).toBe(links.pairs[to.name]![from.name]);
            const members = links.members[from.name]!;
            expect(links.perMember[from.name]![to.name]).toBe(members ? pairs / members : 0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
