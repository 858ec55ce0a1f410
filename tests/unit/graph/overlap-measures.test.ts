/* The four overlap measures: descriptors agree with clusterOverlaps and with hand counts. */
import { describe, expect, it } from 'vitest';

import { indexMemberships } from '../../../src/domain/graph/membership-index';
import { clusterOverlaps } from '../../../src/domain/graph/overlap';
import { OVERLAP_MEASURES } from '../../../src/domain/graph/overlap-measures';
import { makeDataset } from '../analysis/make-dataset';

// A = {o1 o2 o3 o4}, B = {o3 o4 o5}, C = {o6}, o7 in none. N = 6 members of >= 1 cluster.
const index = indexMemberships(
  makeDataset([
    { id: 'o1', clusters: ['A'] },
    { id: 'o2', clusters: ['A'] },
    { id: 'o3', clusters: ['A', 'B'] },
    { id: 'o4', clusters: ['A', 'B'] },
    { id: 'o5', clusters: ['B'] },
    { id: 'o6', clusters: ['C'] },
    { id: 'o7', clusters: [] },
  ]),
);
const [ab] = clusterOverlaps(index);

describe('overlap measures', () => {
  it.each([
    ['shared', 2],
    ['jaccard', 2 / 5],
    ['overlapCoefficient', 2 / 3],
    ['lift', (2 * 6) / (4 * 3)],
  ])('%s = %d', (id, expected) => {
    const measure = OVERLAP_MEASURES.find((m) => m.id === id)!;
    expect(measure.compute({ shared: 2, sizeA: 4, sizeB: 3, members: 6 })).toBeCloseTo(
      expected,
      12,
    );
    expect(measure.read(ab!)).toBeCloseTo(expected, 12);
    expect(measure.explanation.nb.length).toBeGreaterThan(10);
    expect(measure.explanation.en.length).toBeGreaterThan(10);
  });

  it('lists exactly the four measures, and gives 0 rather than NaN for empty clusters', () => {
    expect(OVERLAP_MEASURES.map((m) => m.id)).toEqual([
      'shared',
      'jaccard',
      'overlapCoefficient',
      'lift',
    ]);
    for (const m of OVERLAP_MEASURES) {
      expect(m.compute({ shared: 0, sizeA: 0, sizeB: 0, members: 0 })).toBe(0);
    }
  });
});
