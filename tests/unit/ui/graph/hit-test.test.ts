/** Edge hit testing: the widest edge covering the point wins; hairlines get a minimum band. */
import { describe, expect, it } from 'vitest';
import { distanceToSegment, edgeAt, type EdgeSegment } from '../../../../src/ui/graph/hit-test';

// A thick horizontal edge (width 16, z 2) crossed near x=50 by a thin one (width 1, z 1).
const thick: EdgeSegment = { id: 'thick', x1: 0, y1: 0, x2: 100, y2: 0, width: 16, z: 2 };
const thin: EdgeSegment = { id: 'thin', x1: 50, y1: -50, x2: 56, y2: 50, width: 1, z: 1 };
const far: EdgeSegment = { id: 'far', x1: 0, y1: 100, x2: 100, y2: 100, width: 1, z: 1 };

describe('edgeAt', () => {
  it.each([
    // On the thick stroke, right beside the thin edge's centre line: the thick one is drawn there.
    { x: 53, y: 5, want: 'thick', why: 'inside the thick stroke, near the thin line' },
    { x: 20, y: 7.5, want: 'thick', why: 'near the border of the thick stroke' },
    { x: 53, y: 0, want: 'thick', why: 'exactly at the crossing: topmost wins' },
    { x: 53.5, y: 30, want: 'thin', why: 'on the thin edge, away from the thick one' },
    { x: 57, y: 30, want: 'thin', why: 'within the minimum hit band of the thin edge' },
    { x: 50, y: 96, want: 'far', why: 'within the band of a hairline' },
    { x: 20, y: 50, want: null, why: 'on nothing' },
  ])('($x, $y) -> $want: $why', ({ x, y, want }) => {
    expect(edgeAt(x, y, [thin, thick, far], 10)).toBe(want);
  });

  it('does not depend on the order the edges are given in', () => {
    expect(edgeAt(53, 5, [thick, thin], 10)).toBe('thick');
    expect(edgeAt(53, 5, [thin, thick], 10)).toBe('thick');
  });
});

describe('distanceToSegment', () => {
  it.each([
    { x: 50, y: 3, d: 3 },
    { x: -3, y: 4, d: 5 },
    { x: 104, y: -3, d: 5 },
  ])('($x, $y) is $d from the thick edge', ({ x, y, d }) => {
    expect(distanceToSegment(x, y, thick)).toBeCloseTo(d, 9);
  });
  it('treats a zero-length segment as a point', () => {
    const dot: EdgeSegment = { id: 'dot', x1: 1, y1: 1, x2: 1, y2: 1, width: 1, z: 0 };
    expect(distanceToSegment(4, 5, dot)).toBeCloseTo(5, 9);
  });
});
