import { describe, expect, it } from 'vitest';
import type { PageClusterId, PageCountyId, PageOrgId } from '../../../src/domain/page/ids';
import {
  canonicalItem,
  isEmptySelection,
  isSelected,
  itemKey,
  keepKnown,
  selectItem,
  selectionOf,
} from '../../../src/domain/page/selection';
import { EMPTY_SELECTION, type SelectionItem } from '../../../src/domain/page/selection-types';

const c = (id: string) => id as PageClusterId;
const o = (id: string) => id as PageOrgId;
const k = (id: string) => id as PageCountyId;

describe('selection', () => {
  it('canonicalises pairs and intersections', () => {
    expect(canonicalItem({ kind: 'cluster-pair', a: c('c2'), b: c('c1') })).toEqual({
      kind: 'cluster-pair',
      a: 'c1',
      b: 'c2',
    });
    expect(itemKey({ kind: 'intersection', clusters: [c('c3'), c('c1'), c('c3')] })).toBe(
      'intersection:c1|c3',
    );
    // County pairs are ordered (row -> column) and stay as given.
    expect(itemKey({ kind: 'county-pair', from: k('31'), to: k('03') })).toBe('county-pair:31|03');
  });

  const cases: readonly [string, SelectionItem][] = [
    ['organisation', { kind: 'organisation', id: o('o1') }],
    ['cluster', { kind: 'cluster', id: c('c1') }],
    ['cluster pair', { kind: 'cluster-pair', a: c('c1'), b: c('c2') }],
    ['county', { kind: 'county', id: k('03') }],
    ['county pair', { kind: 'county-pair', from: k('03'), to: k('32') }],
    ['intersection', { kind: 'intersection', clusters: [c('c1'), c('c2'), c('c3')] }],
  ];
  it.each(cases)('replace selects a %s alone, focused', (_, item) => {
    const before = selectionOf([{ kind: 'cluster', id: c('c9') }]);
    const after = selectItem(before, item);
    expect(after.focus).toEqual(canonicalItem(item));
    expect(isSelected(after, item)).toBe(true);
    expect(isSelected(after, { kind: 'cluster', id: c('c9') })).toBe(false);
  });

  it('toggle adds and removes, moving the focus', () => {
    const a: SelectionItem = { kind: 'cluster', id: c('c1') };
    const b: SelectionItem = { kind: 'organisation', id: o('o1') };
    let s = selectItem(EMPTY_SELECTION, a, 'toggle');
    s = selectItem(s, b, 'toggle');
    expect(s.clusters).toEqual(['c1']);
    expect(s.organisations).toEqual(['o1']);
    expect(s.focus).toEqual(b);
    s = selectItem(s, b, 'toggle');
    expect(s.organisations).toEqual([]);
    expect(s.focus).toEqual(a);
    s = selectItem(s, a, 'toggle');
    expect(isEmptySelection(s)).toBe(true);
    expect(s.focus).toBeNull();
  });

  it('the same pair picked from either end is one item', () => {
    let s = selectItem(EMPTY_SELECTION, { kind: 'cluster-pair', a: c('c1'), b: c('c2') }, 'toggle');
    s = selectItem(s, { kind: 'cluster-pair', a: c('c2'), b: c('c1') }, 'toggle');
    expect(isEmptySelection(s)).toBe(true);
  });

  it('keepKnown drops unknown ids and a focus on them', () => {
    const s = selectionOf([
      { kind: 'cluster', id: c('c1') },
      { kind: 'cluster', id: c('gone') },
    ]);
    const kept = keepKnown(s, (i) => !(i.kind === 'cluster' && i.id === 'gone'));
    expect(kept.clusters).toEqual(['c1']);
    expect(kept.focus).toBeNull();
  });
});
