import { describe, expect, it } from 'vitest';
import type { OrgId, Rejection } from '../../../src/domain/membership/types';
import { proposalViews } from '../../../src/features/shared/proposal-views';
import { orgIndexOf } from '../../../src/state/org-index';
import { tabAfterLoad } from '../../../src/features/navigation/tab-after-load';
import { tabCounts } from '../../../src/features/navigation/tab-counts';
import { VIEW_IDS, VIEWS } from '../../../src/app/views';
import { EXPORTS } from '../../../src/features/shared/export-registry';
import { tabForKey } from '../../../src/features/navigation/tabs';
import { panelElementId, tabElementId } from '../../../src/features/shared/tab-ids';
import type { AppState } from '../../../src/state/types';
import { proposalsOf, sample } from '../review/sample';

describe('element ids', () => {
  it('gives tabs and panels element ids that are never a view hash (no jump on navigation)', () => {
    const hashes = new Set(VIEW_IDS);
    for (const id of VIEW_IDS) {
      expect(hashes.has(tabElementId(id))).toBe(false);
      expect(hashes.has(panelElementId(id))).toBe(false);
    }
  });
});

describe('tabForKey', () => {
  // Four tabs of the registry, so the wrap-around is tested whatever other views are added.
  const TABS = ['kart', 'import', 'duplikater', 'plassering'];
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
    expect(tabForKey(TABS, from, key)).toBe(to);
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

  it('counts on the Duplikater tab what its list shows, also for pairs gone or of one', () => {
    const dataset = sample();
    const proposals = proposalsOf(dataset);
    const [first] = proposals;
    const odd = [
      ...proposals,
      { ...first!, b: first!.a },
      { ...first!, a: 'no-such-org' as OrgId },
    ];
    for (const data of [
      { dataset, proposals: odd },
      { dataset: sample({ decisions: [{ kind: 'merge', a: first!.a, b: first!.b }] }), proposals },
    ]) {
      const listed = proposalViews(data.proposals, orgIndexOf(data.dataset)).length;
      expect(tabCounts(data).duplikater).toBe(listed);
    }
  });
});

describe('the view registry', () => {
  it('has unique, lower-case ids that are URL tokens, the map first', () => {
    expect(VIEW_IDS[0]).toBe('kart');
    expect(new Set(VIEW_IDS).size).toBe(VIEW_IDS.length);
    for (const id of VIEW_IDS) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('counts on a tab what tabCounts counts, and nothing without data', () => {
    const dataset = sample();
    const proposals = proposalsOf(dataset);
    const counts = tabCounts({ dataset, proposals });
    const state = { data: { dataset, proposals } } as unknown as AppState;
    const empty = { data: null } as unknown as AppState;
    for (const view of VIEWS) {
      expect(view.badge?.count(state) ?? undefined).toBe(counts[view.id]);
      expect(view.badge?.count(empty) ?? null).toBeNull();
    }
  });

  it('names only exports that are in the export registry', () => {
    const ids = new Set(EXPORTS.map((e) => e.id));
    for (const view of VIEWS) for (const id of view.exports) expect(ids.has(id)).toBe(true);
  });
});
