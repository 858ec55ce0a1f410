/**
 * The store's selection changes by page id: select (replace, toggle), setSelection (unknown ids
 * dropped), clearSelection, hover, and what survives a rebuild or the map's filter.
 */
import { describe, expect, it } from 'vitest';
import type { PageClusterId, PageOrgId } from '../../../src/domain/page/ids';
import { selectionOf } from '../../../src/domain/page/selection';
import { EMPTY_SELECTION, type SelectionItem } from '../../../src/domain/page/selection-types';
import {
  initialState,
  loadStarted,
  loadSucceeded,
  setMinShared,
  workspaceOpened,
} from '../../../src/state/reducers';
import { clearSelection, select, setHover, setSelection } from '../../../src/state/selection';
import type { AppState } from '../../../src/state/types';
import { emptyWorkspace } from '../../../src/state/workspace';
import { result } from './fixtures';

const built = result(
  [
    { name: 'Alfa', size: 3 },
    { name: 'Beta', size: 2 },
    { name: 'Gamma', size: 1 },
  ],
  [
    { a: 'Alfa', b: 'Beta', shared: 2 },
    { a: 'Beta', b: 'Gamma', shared: 1 },
  ],
);

function loaded(): AppState {
  const opened = workspaceOpened(initialState(), { ...emptyWorkspace('ws', 0), salt: 's1' });
  const started = loadStarted(opened, 1);
  return loadSucceeded(started, started.loadId, built);
}

const s0 = loaded();
const id = (name: string) => [...s0.data!.model.clusters.values()].find((c) => c.name === name)!.id;
const cluster = (name: string): SelectionItem => ({ kind: 'cluster', id: id(name) });
const pair = (a: string, b: string): SelectionItem => ({
  kind: 'cluster-pair',
  a: id(a),
  b: id(b),
});
const unknown: SelectionItem = { kind: 'cluster', id: 'c-gone' as PageClusterId };

describe('selecting by page id', () => {
  it.each([
    ['replace', [cluster('Alfa'), cluster('Beta')], [cluster('Beta')]],
    ['toggle in', [cluster('Alfa'), cluster('Beta')], [cluster('Alfa'), cluster('Beta')]],
    ['toggle out', [cluster('Alfa'), cluster('Beta'), cluster('Alfa')], [cluster('Beta')]],
    [
      'toggle a pair in',
      [cluster('Alfa'), pair('Beta', 'Alfa')],
      [cluster('Alfa'), pair('Alfa', 'Beta')],
    ],
  ] as const)('%s', (mode, steps, expected) => {
    const m = mode === 'replace' ? 'replace' : 'toggle';
    const after = steps.reduce((s, item) => select(s, item, m), s0);
    expect(after.selection).toEqual(selectionOf(expected, expected.at(-1)));
  });

  it('ignores an unknown id and a pair sharing nobody', () => {
    expect(select(s0, unknown)).toBe(s0);
    expect(select(s0, pair('Alfa', 'Gamma'))).toBe(s0);
  });

  it('sets a whole selection, dropping what the data does not have', () => {
    const after = setSelection(s0, selectionOf([cluster('Alfa'), unknown, pair('Beta', 'Gamma')]));
    expect(after.selection).toEqual(selectionOf([cluster('Alfa'), pair('Beta', 'Gamma')]));
    const org = { kind: 'organisation', id: 'o-none' as PageOrgId } as const;
    expect(setSelection(s0, selectionOf([org])).selection).toEqual(EMPTY_SELECTION);
  });

  it('clears', () => {
    expect(clearSelection(select(s0, cluster('Alfa'))).selection).toEqual(EMPTY_SELECTION);
    expect(clearSelection(s0)).toBe(s0);
  });

  it('hovers apart from the selection, and not over unknown ids', () => {
    const over = setHover(select(s0, cluster('Alfa')), cluster('Beta'));
    expect(over.hover).toEqual(cluster('Beta'));
    expect(over.selection.focus).toEqual(cluster('Alfa'));
    expect(setHover(over, unknown).hover).toBeNull();
    expect(setHover(over, null).hover).toBeNull();
  });

  it('keeps the selection over a rebuild of the same workspace (ids are stable)', () => {
    const chosen = select(select(s0, cluster('Alfa')), pair('Alfa', 'Beta'), 'toggle');
    const started = loadStarted(chosen, 0);
    const again = loadSucceeded(started, started.loadId, built);
    expect(again.selection).toEqual(chosen.selection);
    const fewer = loadSucceeded(started, started.loadId, result([{ name: 'Alfa', size: 1 }]));
    expect(fewer.selection).toEqual(selectionOf([cluster('Alfa')]));
  });

  it('drops a selected pair the map filter hides', () => {
    const chosen = select(select(s0, cluster('Alfa')), pair('Beta', 'Gamma'), 'toggle');
    expect(setMinShared(chosen, 2).selection).toEqual(selectionOf([cluster('Alfa')]));
  });
});
