/**
 * maxOf / minOf / pushAll: the same answers as Math.max / Math.min / push on short lists, and
 * answers (not a RangeError) on lists longer than a call takes arguments, as a wide file gives.
 */
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../../../src/domain/numbers/extent';

/** 300 000 values: well past Chromium's and Node's argument limit (about 125 000). */
const HUGE = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_007);

describe('maxOf and minOf', () => {
  const cases: { name: string; values: number[]; floor?: number; max: number; min: number }[] = [
    { name: 'empty, no floor', values: [], max: -Infinity, min: Infinity },
    { name: 'empty with floor 1', values: [], floor: 1, max: 1, min: Infinity },
    { name: 'one value', values: [5], max: 5, min: 5 },
    { name: 'negatives', values: [-3, -1, -7], max: -1, min: -7 },
    { name: 'floor above all', values: [0, 0.5], floor: 1, max: 1, min: 0 },
    { name: 'unsorted', values: [3, 9, 2, 9, 4], max: 9, min: 2 },
  ];
  it.each(cases)('$name', ({ values, floor, max, min }) => {
    expect(maxOf(values, floor)).toBe(max);
    expect(minOf(values)).toBe(min);
  });

  it('takes a list longer than a call takes arguments', () => {
    expect(() => Math.max(...HUGE)).toThrow(RangeError);
    let max = -Infinity;
    let min = Infinity;
    for (const v of HUGE) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    expect(maxOf(HUGE, 1)).toBe(max);
    expect(minOf(HUGE)).toBe(min);
  });

  it('takes any iterable', () => {
    expect(maxOf(new Set([4, 8, 1]))).toBe(8);
    expect(
      minOf(
        new Map([
          ['a', 3],
          ['b', 2],
        ]).values(),
      ),
    ).toBe(2);
  });
});

describe('pushAll', () => {
  it('appends in order and returns the target', () => {
    const target = [1, 2];
    expect(pushAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });
  it('appends more items than a call takes arguments', () => {
    const target: number[] = [];
    pushAll(target, HUGE);
    expect(target.length).toBe(HUGE.length);
    expect(target[HUGE.length - 1]).toBe(HUGE[HUGE.length - 1]);
  });
});
