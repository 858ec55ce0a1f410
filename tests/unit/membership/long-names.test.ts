/**
 * Hostile name lengths: a similarity or proposal step must grow about linearly with name length.
 * The inputs that crashed or stalled the build (two 30 000-letter names, a 1 MB name) are here;
 * they finish at once now, and the banded edit distance agrees with the full table on short words.
 */
import { describe, expect, it } from 'vitest';

import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { proposeDuplicates } from '../../../src/domain/membership/proposals';
import {
  abbreviationsIn,
  editDistance,
  nameSimilarity,
} from '../../../src/domain/membership/similarity';
import { read, table } from './table-helpers';

describe('editDistance (capped at 3)', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['teknologi', 'teknolgi', 1],
    ['teknologi', 'teknoolgi', 1],
    ['nordlys', 'nrodlys', 1],
    ['nordlys', 'nordlsy', 1],
    ['kitten', 'sitting', 3],
    ['abcd', 'badc', 2],
    ['ab', 'abcde', 3],
    ['fjordvik', 'fjordvika', 1],
    ['a'.repeat(30_000), `${'a'.repeat(30_000)}b`, 1],
    ['a'.repeat(30_000), `b${'a'.repeat(29_999)}`, 1],
    [`x${'ab'.repeat(15_000)}`, `y${'ab'.repeat(15_000)}`, 1],
    ['ab'.repeat(15_000), 'ba'.repeat(15_000), 2],
    ['abc'.repeat(10_000), 'acb'.repeat(10_000), 3],
  ])('pair %# has the expected distance', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it('agrees with the full table on every pair of short words over a small alphabet', () => {
    const words: string[] = [''];
    for (let length = 1; length <= 5; length++)
      for (const w of words.filter((x) => x.length === length - 1))
        for (const c of 'ab') words.push(w + c);
    for (const a of words) for (const b of words) expect(editDistance(a, b)).toBe(fullTable(a, b));
  });
});

/** The unbounded optimal-string-alignment table, capped at 3 at the end: the reference. */
function fullTable(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return Math.min(3, d[a.length]![b.length]!);
}

describe('abbreviationsIn', () => {
  it.each([
    ['Fjordvik Tekn. Consulting', ['tekn']],
    ['Skogly Tekn., avd. Oslo', ['tekn', 'avd']],
    ['Ab.c Xy.', ['xy']],
    ['A. Nordlys', []],
    [`${'ab'.repeat(500_000)}.x`, []],
    [`${'ab'.repeat(500_000)}. Tekn.`, ['ab'.repeat(500_000), 'tekn']],
  ])('%# finds the marked words', (name, expected) => {
    expect([...abbreviationsIn(name)]).toEqual(expected);
  });
});

describe('nameSimilarity on long names', () => {
  it.each([
    ['abc '.repeat(100_000).trim(), `${'abc '.repeat(100_000)}def`, 'extra-word'],
    [`def ${'abc '.repeat(100_000).trim()}`, 'abc '.repeat(100_000).trim(), 'extra-word'],
    ['a'.repeat(30_000), `${'a'.repeat(30_000)}b`, 'abbreviation'],
    ['a'.repeat(30_000), `${'a'.repeat(29_999)}b`, 'typo'],
  ])('long pair %# is a match', (a, b, reason) => {
    expect(nameSimilarity(a, b).reason).toBe(reason);
  });
});

describe('the build and proposals on 1 MB names', () => {
  it.each([
    ['one word', 'a'.repeat(1_000_000)],
    ['many words', 'abc '.repeat(250_000)],
    ['marked words', 'abc. '.repeat(200_000)],
    ['30 000 letters', 'a'.repeat(30_000)],
  ])('%s: both rows imported, the pair proposed', (_, name) => {
    const dataset = buildDataset([
      read(table('A.csv', ['Navn'], [[name], [`${name}b`], ['Nordlys AS']])),
    ]);
    expect(dataset.organisations).toHaveLength(3);
    const proposals = proposeDuplicates(dataset.organisations);
    expect(proposals.map((p) => [p.a, p.b])).toEqual([
      [dataset.organisations[0]!.id, dataset.organisations[1]!.id],
    ]);
  });
});
