import { describe, expect, it } from 'vitest';
import type { Rejection } from '../../../src/domain/membership/types';
import { tabAfterLoad } from '../../../src/features/navigation/tab-after-load';
import { tabCounts } from '../../../src/features/navigation/tab-counts';
import {
  panelElementId,
  TAB_IDS,
  tabElementId,
  tabForKey,
  tabFromHash,
  tabHash,
} from '../../../src/features/navigation/tabs';
import { proposalsOf, sample } from '../review/sample';

describe('tabFromHash', () => {
  it.each([
    ['', 'kart'],
    ['#', 'kart'],
    ['#kart', 'kart'],
    ['#import', 'import'],
    ['#duplikater', 'duplikater'],
    ['#plassering', 'plassering'],
    ['#Import', 'import'],
    ['#%20plassering', 'plassering'],
    ['#ukjent', 'kart'],
    ['#import/extra', 'kart'],
  ])('%j opens %s', (hash, tab) => {
    expect(tabFromHash(hash)).toBe(tab);
  });

  it('reads back every hash it writes', () => {
    for (const id of TAB_IDS) expect(tabFromHash(tabHash(id))).toBe(id);
  });

  it('gives tabs and panels element ids that are never a hash (no jump on navigation)', () => {
    const hashes = new Set(TAB_IDS.map((id) => tabHash(id).slice(1)));
    for (const id of TAB_IDS) {
      expect(hashes.has(tabElementId(id))).toBe(false);
      expect(hashes.has(panelElementId(id))).toBe(false);
    }
  });
});

describe('tabForKey', () => {
  it.each([
    ['kart', 'ArrowRight', 'import'],
    ['import', 'ArrowRight', 'duplikater'],
    ['plassering', 'ArrowRight', 'kart'],
    ['kart', 'ArrowLeft', 'plassering'],
    ['duplikater', 'ArrowLeft', 'import'],
    ['duplikater', 'Home', 'kart'],
    ['import', 'End', 'plassering'],
    ['import', 'ArrowDown', null],
    ['import', 'Enter', null],
    ['import', 'a', null],
  ] as const)('from %s, %s goes to %s', (from, key, to) => {
    expect(tabForKey(from, key)).toBe(to);
  });
});

describe('tabAfterLoad', () => {
  const rejection: Rejection = { file: 'a.csv', row: null, reason: { code: 'file.no-cells' } };
  it.each([
    ['no notice', null, null],
    ['files loaded, nothing rejected', { kind: 'loaded', files: 2, rejected: 0 }, 'kart'],
    ['files loaded, some rejected', { kind: 'loaded', files: 2, rejected: 3 }, 'import'],
    [
      'nothing usable (the data before stays)',
      { kind: 'nothing-usable', rejected: [rejection] },
      null,
    ],
  ] as const)('%s -> %s', (_, notice, tab) => {
    expect(tabAfterLoad(notice)).toBe(tab);
  });
});

describe('tabCounts', () => {
  it('counts nothing without data', () => {
    expect(tabCounts(null)).toEqual({});
  });

  it('counts rejections, reviewable proposals and unplaced organisations of a dataset', () => {
    const dataset = sample();
    const proposals = proposalsOf(dataset);
    const counts = tabCounts({ dataset, proposals });
    expect(counts.import).toBe(dataset.report.rejected.length);
    // Two Viken members (ambiguous), one with no place, one in an unknown place.
    expect(counts.plassering).toBe(4);
    expect(counts.duplikater).toBe(proposals.length);
    expect(counts.duplikater).toBeGreaterThan(0);
    expect(counts.kart).toBeUndefined();
  });

  it('leaves out proposals whose organisations are gone (merged by a decision)', () => {
    const dataset = sample();
    const proposals = proposalsOf(dataset);
    const gone = proposals[0]!;
    const merged = sample({ decisions: [{ kind: 'merge', a: gone.a, b: gone.b }] });
    expect(tabCounts({ dataset: merged, proposals }).duplikater).toBeLessThan(proposals.length);
  });
});
