/**
 * The generator's own small seeded random source (mulberry32) and the few draws it needs. Kept
 * here rather than Math.random so the same seed always gives the same dataset, byte for byte, on
 * any machine and Node version.
 */

import { mulberry32, type Rng } from '../../src/domain/random/mulberry32';

export { mulberry32, type Rng };

export function intBelow(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no items to choose from');
  return items[intBelow(rng, items.length)]!;
}

/** One of the entries, with probability proportional to its weight. */
export function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  if (!(total > 0)) throw new Error('weighted: weights must add up to more than zero');
  let r = rng() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = intBelow(rng, i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** An independent stream for one part of the generator, so parts do not disturb each other. */
export function substream(seed: number, label: string): Rng {
  let h = seed >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x9e3779b1) >>> 0;
  return mulberry32(h);
}
