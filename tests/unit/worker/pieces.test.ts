/**
 * A large result in pieces: every array, Map and Set over the limit leaves the skeleton as slices
 * of at most that many items, small ones and typed arrays stay, and joining gives the same value
 * back (also after a structured clone of each part, as between the worker and the page).
 */
import { describe, expect, it } from 'vitest';
import { joinPieces, splitLarge } from '../../../src/domain/records/pieces';

const big = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, n: i }));

const result = () => ({
  ok: true as const,
  dataset: { organisations: big(2501), files: [{ name: 'a.csv', rows: big(3) }] },
  model: {
    organisations: new Map(big(1200).map((o) => [o.id, o])),
    small: new Map([['x', 1]]),
    tags: new Set(Array.from({ length: 1001 }, (_, i) => i)),
    column: new Float64Array([1.5, 2.5]),
    nested: { deeper: { list: big(1000) } },
  },
  metrics: { organisations: Object.fromEntries(big(1500).map((o) => [o.id, { degree: o.n }])) },
});

describe('splitLarge / joinPieces', () => {
  it('joins back to the same value, through structured clones', () => {
    const value = result();
    const { skeleton, slices } = splitLarge(value, 1000);
    const cloned = structuredClone(skeleton);
    const joined = joinPieces(
      cloned,
      slices.map((s) => structuredClone(s)),
    );
    expect(joined).toEqual(value);
    expect(joined.model.organisations).toBeInstanceOf(Map);
    expect(joined.model.tags).toBeInstanceOf(Set);
    expect(joined.model.column).toBeInstanceOf(Float64Array);
  });

  it('sends only the large collections as slices of at most the limit', () => {
    const { skeleton, slices } = splitLarge(result(), 1000);
    // 2501 organisations: 3 slices; the Map of 1200: 2; the Set of 1001: 2; the list of 1000
    // stays; the record of 1500 keys: 2.
    expect(slices.map((s) => s.items.length)).toEqual([
      1000, 1000, 501, 1000, 200, 1000, 1, 1000, 500,
    ]);
    expect(Object.keys(skeleton.metrics.organisations)).not.toContain('o0');
    expect(Array.isArray(skeleton.dataset.organisations)).toBe(false);
    expect(skeleton.model.small).toBeInstanceOf(Map);
    expect(skeleton.model.nested.deeper.list).toHaveLength(1000);
    expect(skeleton.dataset.files[0]!.rows).toHaveLength(3);
  });

  it('a missing slice is an error, not a shorter list', () => {
    const { skeleton, slices } = splitLarge(result(), 1000);
    expect(() => joinPieces(skeleton, slices.slice(1))).toThrow(/did not arrive/);
    expect(() =>
      joinPieces(
        skeleton,
        slices.filter((s) => s.id !== 1),
      ),
    ).toThrow(/did not arrive/);
  });

  it('in any order of arrival', () => {
    const value = result();
    const { skeleton, slices } = splitLarge(value, 700);
    expect(joinPieces(skeleton, [...slices].reverse())).toEqual(value);
  });
});
