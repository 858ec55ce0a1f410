/* Exclusive intersections: grouping by exact cluster set, orderings and filters, by hand. */
import { describe, expect, it } from 'vitest';

import {
  exclusiveIntersections,
  filterIntersections,
  sortByDegree,
} from '../../../src/domain/graph/intersections';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import type { ClusterId } from '../../../src/domain/membership/types';
import { makeDataset } from '../analysis/make-dataset';

// Clusters in dataset order A, B, C (first mention). Combinations:
// {A}: o1 o2 o3   {A,B}: o4 o5   {B}: o6 o7   {A,B,C}: o8   {C}: o9   none: o10
const index = indexMemberships(
  makeDataset([
    { id: 'o1', clusters: ['A'] },
    { id: 'o2', clusters: ['A'] },
    { id: 'o4', clusters: ['B', 'A'] },
    { id: 'o3', clusters: ['A'] },
    { id: 'o5', clusters: ['A', 'B'] },
    { id: 'o6', clusters: ['B'] },
    { id: 'o7', clusters: ['B'] },
    { id: 'o8', clusters: ['C', 'B', 'A'] },
    { id: 'o9', clusters: ['C'] },
    { id: 'o10', clusters: [] },
  ]),
);
const all = exclusiveIntersections(index);
const ids = (list: typeof all) => list.map((x) => x.clusters.join('+'));
const set = (...c: string[]) => new Set(c as ClusterId[]);

describe('exclusiveIntersections', () => {
  it('groups by exact cluster set, sorted by size, degree, dataset order', () => {
    expect(ids(all)).toEqual(['A', 'A+B', 'B', 'A+B+C', 'C']);
    expect(all.map((x) => x.size)).toEqual([3, 2, 2, 1, 1]);
  });

  it('keeps members in dataset order and leaves out organisations in no cluster', () => {
    expect(all[0]!.members).toEqual(['o1', 'o2', 'o3']);
    expect(all[1]!.members).toEqual(['o4', 'o5']);
    expect(all.reduce((n, x) => n + x.size, 0)).toBe(9);
  });

  it('sorts by degree', () => {
    expect(ids(sortByDegree(all))).toEqual(['A+B+C', 'A+B', 'A', 'B', 'C']);
    expect(ids(sortByDegree(all, 'asc'))).toEqual(['A', 'B', 'C', 'A+B', 'A+B+C']);
  });

  it.each([
    [{ allOf: set('A', 'B') }, ['A+B', 'A+B+C']],
    [{ anyOf: set('C') }, ['A+B+C', 'C']],
    [{ anyOf: set('B', 'C'), minSize: 2 }, ['A+B', 'B']],
    [{ minSize: 3 }, ['A']],
    [{ anyOf: set() }, ['A', 'A+B', 'B', 'A+B+C', 'C']],
  ])('filter %o', (filter, expected) => {
    expect(ids(filterIntersections(all, filter))).toEqual(expected);
  });

  it('is linear: 1 600 clusters and 20 000 organisations group without enumerating subsets', () => {
    const orgs = Array.from({ length: 20_000 }, (_, i) => ({
      id: `o${i}`,
      clusters: [`c${i % 1600}`, ...(i % 10 === 0 ? [`c${(i * 7) % 1600}`] : [])],
    }));
    const big = exclusiveIntersections(indexMemberships(makeDataset(orgs)));
    expect(big.reduce((n, x) => n + x.size, 0)).toBe(20_000);
    expect(big.every((x) => x.degree <= 2)).toBe(true);
  });
});
