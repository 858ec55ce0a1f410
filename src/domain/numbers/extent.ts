/**
 * The largest and smallest of a list of numbers, by a loop. `Math.max(...values)` passes every
 * value as an argument, and an engine takes only so many (about 125 000 in Chromium): a wide file
 * with that many overlapping pairs threw a RangeError in the middle of rendering and blanked the
 * page. These take any length.
 */

/** The largest value, and never less than `floor` (also the answer for an empty list). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest value, and never more than `ceiling` (also the answer for an empty list). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Appends every item of `items` to `target` without spreading them into one call's arguments. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
