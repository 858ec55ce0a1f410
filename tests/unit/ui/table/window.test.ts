/** Which rows a virtualised table draws for a scroll position. */
import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../../src/ui/table/window';

describe('rowWindow', () => {
  it.each([
    // rows, height, scrollTop, viewport, overscan -> start, end
    { rows: 100_000, scroll: 0, start: 0, end: 27 },
    { rows: 100_000, scroll: 3200, start: 94, end: 127 },
    { rows: 100_000, scroll: 32 * 99_990, start: 99_984, end: 100_000 },
    { rows: 10, scroll: 0, start: 0, end: 10 },
    { rows: 0, scroll: 0, start: 0, end: 0 },
  ])('$rows rows scrolled to $scroll: rows $start..$end', ({ rows, scroll, start, end }) => {
    const w = rowWindow(rows, 32, scroll, 640, 6);
    expect([w.start, w.end]).toEqual([start, end]);
    // The padding plus the drawn rows always add up to the whole table's height.
    expect(w.padTop + (w.end - w.start) * 32 + w.padBottom).toBe(rows * 32);
  });
});
