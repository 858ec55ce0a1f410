/** Drawn sizes: area ~ size, width ~ sqrt, z by width rank; maxima without argument spreading. */
import { describe, expect, it } from 'vitest';
import { drawnSizes, maxOf } from '../../../../src/ui/graph/scale';
import type { GraphEdge, GraphNode } from '../../../../src/ui/graph/types';

const node = (id: string, size: number): GraphNode => ({ id, label: id, size, data: null });
const edge = (id: string, width: number): GraphEdge => ({
  id,
  source: 'a',
  target: 'b',
  width,
  data: null,
});

describe('maxOf', () => {
  it.each([
    { values: [], floor: 1, want: 1 },
    { values: [3, 9, 2], floor: 1, want: 9 },
    { values: [0.2, 0.5], floor: 1, want: 1 },
  ])('$values (floor $floor) -> $want', ({ values, floor, want }) => {
    expect(maxOf(values, (v) => v, floor)).toBe(want);
  });

  it('handles more values than a call may take arguments (no spread)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(maxOf(many, (v) => v)).toBe(299_999);
  });
});

describe('drawnSizes', () => {
  const sizes = drawnSizes(
    [node('a', 100), node('b', 25)],
    [edge('thin', 1), edge('thick', 16), edge('mid', 4), edge('mid2', 4)],
  );
  it('gives a quarter of the size half the diameter', () => {
    expect(sizes.diameter.get('b')! / sizes.diameter.get('a')!).toBeCloseTo(0.5, 9);
  });
  it('gives a quarter of the width half the drawn width', () => {
    expect(sizes.width.get('mid')! / sizes.width.get('thick')!).toBeCloseTo(0.5, 9);
  });
  it.each([
    ['thin', 1],
    ['mid', 2],
    ['mid2', 2],
    ['thick', 3],
  ])('z-index of %s is %i (wider edges on top, equal widths level)', (id, z) => {
    expect(sizes.z.get(id)).toBe(z);
  });
});
