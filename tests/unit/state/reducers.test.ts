/**
 * The app state's pure changes: loading (and its races), workspaces opening, storage, remembered
 * mappings, selection, language and the map filter.
 */
import { describe, expect, it } from 'vitest';
import type { OrgId } from '../../../src/domain/membership/types';
import type { PageClusterId } from '../../../src/domain/page/ids';
import { selectionOf } from '../../../src/domain/page/selection';
import { EMPTY_SELECTION, type SelectionItem } from '../../../src/domain/page/selection-types';
import {
  dismissNotice,
  initialState,
  loadFailed,
  loadStarted,
  loadSucceeded,
  mappingMemoryLoaded,
  mappingRemembered,
  nothingUsable as nothingUsableReducer,
  setLanguage,
  setMinShared,
  storageFailed,
  storageWorks,
  workspaceBuilt,
  workspaceOpened,
} from '../../../src/state/reducers';
import { clearSelection, select } from '../../../src/state/selection';
import { emptyWorkspace, withFiles } from '../../../src/state/workspace';
import type { AppState } from '../../../src/state/types';
import { nothingUsable, result } from './fixtures';

const two = result(
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

/** The page id of the cluster with this name in the loaded model (a made-up one if none). */
function clusterId(s: AppState, name: string): PageClusterId {
  const found = [...(s.data?.model.clusters.values() ?? [])].find((c) => c.name === name);
  return found?.id ?? ('c-unknown' as PageClusterId);
}
const clusterItem = (s: AppState, name: string): SelectionItem => ({
  kind: 'cluster',
  id: clusterId(s, name),
});
const pairItem = (s: AppState, a: string, b: string): SelectionItem => ({
  kind: 'cluster-pair',
  a: clusterId(s, a),
  b: clusterId(s, b),
});
const selectCluster = (s: AppState, name: string) => select(s, clusterItem(s, name));
const selectOverlap = (s: AppState, a: string, b: string) => select(s, pairItem(s, a, b));

/** A state with `two` loaded from a user workspace of two files. */
function loaded(): AppState {
  const opened = workspaceOpened(
    initialState(),
    withFiles(emptyWorkspace('ws-1', 0), [
      { name: 'alfa.csv', size: 10 },
      { name: 'beta.csv', size: 20 },
    ]),
  );
  const started = loadStarted(opened, 2);
  return loadSucceeded(started, started.loadId, two);
}

describe('loading', () => {
  it('starts reading files with a new load id and clears old messages', () => {
    const before = {
      ...loaded(),
      error: 'old',
      notice: { kind: 'loaded' as const, files: 1, rejected: 0 },
    };
    const after = loadStarted(before, 5);
    expect(after.status).toBe('loading');
    expect(after.loadId).toBe(before.loadId + 1);
    expect(after.pendingFiles).toBe(5);
    expect(after.error).toBeNull();
    expect(after.notice).toBeNull();
    expect(after.data).toBe(before.data);
  });

  it('keeps the notice through a rebuild after a choice (no files read)', () => {
    const notice = { kind: 'loaded' as const, files: 1, rejected: 0 };
    const after = loadStarted({ ...loaded(), notice }, 0);
    expect(after.notice).toBe(notice);
    expect(after.pendingFiles).toBe(0);
  });

  it('lands a finished load: data from the open workspace, its file names, the notice given', () => {
    const started = loadStarted(loaded(), 1);
    const other = result([{ name: 'Delta', size: 4 }]);
    const notice = { kind: 'loaded' as const, files: 1, rejected: 0 };
    const after = loadSucceeded(started, started.loadId, other, notice);
    expect(after.status).toBe('ready');
    expect(after.data?.analysis.clusters.map((c) => c.name)).toEqual(['Delta']);
    expect(after.data?.files).toEqual(['alfa.csv', 'beta.csv']);
    expect(after.data?.workspaceId).toBe('ws-1');
    expect(after.data?.source).toBe('files');
    expect(after.notice).toEqual(notice);
  });

  it('keeps a selection that still exists after a rebuild of the same workspace, drops one that does not', () => {
    const selected = selectCluster(loaded(), 'Alfa');
    const kept = loadStarted(selected, 0);
    const again = loadSucceeded(kept, kept.loadId, two);
    expect(again.selection).toEqual(selectionOf([clusterItem(again, 'Alfa')]));
    const gone = loadSucceeded(kept, kept.loadId, result([{ name: 'Delta', size: 1 }]));
    expect(gone.selection).toEqual(EMPTY_SELECTION);
  });

  it('remembers the names of organisations that left the dataset (a merge), by internal id', () => {
    const first = loaded();
    const started = loadStarted(first, 0);
    const after = loadSucceeded(started, started.loadId, result([{ name: 'Delta', size: 1 }]));
    expect(after.seenNames.get('Alfa-0' as OrgId)).toBe('Alfa member 0');
    expect(after.seenNames.get('Delta-0' as OrgId)).toBe('Delta member 0');
    expect(initialState().seenNames.size).toBe(0);
  });

  it('clears the selection and the map filter when another workspace opens', () => {
    const before = setMinShared(selectCluster(loaded(), 'Alfa'), 2);
    const opened = workspaceOpened(before, emptyWorkspace('ws-2', 0));
    expect(opened.selection).toEqual(EMPTY_SELECTION);
    expect(opened.loadId).toBe(before.loadId + 1);
    const started = loadStarted(opened, 0);
    const after = loadSucceeded(started, started.loadId, two);
    expect(after.minShared).toBe(1);
    expect(after.data?.workspaceId).toBe('ws-2');
  });

  it('opens a built workspace in one step, unless a newer load started meanwhile', () => {
    const started = loadStarted(initialState(), 1);
    const ws = withFiles(emptyWorkspace('ws-3', 0), [{ name: 'x.csv', size: 1 }]);
    const after = workspaceBuilt(started, started.loadId, ws, two);
    expect(after.workspace).toBe(ws);
    expect(after.data?.workspaceId).toBe('ws-3');
    expect(after.status).toBe('ready');
    const newer = loadStarted(started, 1);
    expect(workspaceBuilt(newer, started.loadId, ws, two)).toBe(newer);
  });

  it('shows no load summary for the example data', () => {
    const started = loadStarted(initialState(), 2);
    const after = loadSucceeded(started, started.loadId, two);
    expect(after.data?.source).toBe('default');
    expect(after.notice).toBeNull();
  });

  it.each([
    [
      'succeeded',
      (s: AppState, id: number) => loadSucceeded(s, id, result([{ name: 'Old', size: 1 }])),
    ],
    ['failed', (s: AppState, id: number) => loadFailed(s, id, 'too late')],
    ['was unusable', (s: AppState, id: number) => nothingUsableReducer(s, id, nothingUsable([]))],
  ])('ignores a stale load that %s after a newer one started', (_, finish) => {
    const first = loadStarted(loaded(), 1);
    const second = loadStarted(first, 1);
    expect(finish(second, first.loadId)).toBe(second);
  });

  it('keeps the data on screen when nothing usable came out of the files', () => {
    const before = loaded();
    const started = loadStarted(before, 1);
    const rejected = [{ file: 'broken.xlsx', row: null, reason: { code: 'file.no-cells' } }];
    const after = nothingUsableReducer(started, started.loadId, nothingUsable(rejected));
    expect(after.status).toBe('ready');
    expect(after.data).toBe(before.data);
    expect(after.workspace).toBe(before.workspace);
    expect(after.notice).toEqual({ kind: 'nothing-usable', rejected });
  });

  it('records a failure with its message and keeps earlier data usable', () => {
    const before = loaded();
    const started = loadStarted(before, 1);
    const after = loadFailed(started, started.loadId, 'The analysis worker failed');
    expect(after.status).toBe('error');
    expect(after.error).toBe('The analysis worker failed');
    expect(after.data).toBe(before.data);
    const dismissed = dismissNotice(after);
    expect(dismissed.status).toBe('ready');
    expect(dismissed.error).toBeNull();
  });
});

describe('storage and remembered mappings', () => {
  it('keeps the first storage failure message and marks working storage', () => {
    const failed = storageFailed(initialState(), 'QuotaExceededError');
    expect(failed.storage).toEqual({ kind: 'failed', message: 'QuotaExceededError' });
    expect(storageFailed(failed, 'later').storage).toEqual(failed.storage);
    expect(storageWorks(initialState()).storage).toEqual({ kind: 'ok' });
  });

  it('remembers a mapping by signature; loading the memory does not undo a newer one', () => {
    const mapping = { shape: 'long' as const, roles: ['name' as const, 'cluster' as const] };
    const older = { shape: 'per-cluster' as const, roles: ['name' as const, 'other' as const] };
    const s = mappingRemembered(initialState(), 'navn|klynge', mapping);
    expect(s.mappingMemory['navn|klynge']).toBe(mapping);
    const merged = mappingMemoryLoaded(s, { 'navn|klynge': older, 'a|b': older });
    expect(merged.mappingMemory['navn|klynge']).toBe(mapping);
    expect(merged.mappingMemory['a|b']).toBe(older);
  });
});

describe('selection', () => {
  const s = loaded();
  it.each([
    ['a known cluster', selectCluster(s, 'Beta'), [clusterItem(s, 'Beta')]],
    ['an unknown cluster', selectCluster(s, 'Nope'), []],
    [
      'an overlap in document order',
      selectOverlap(s, 'Alfa', 'Beta'),
      [pairItem(s, 'Alfa', 'Beta')],
    ],
    [
      'an overlap in reverse order',
      selectOverlap(s, 'Beta', 'Alfa'),
      [pairItem(s, 'Alfa', 'Beta')],
    ],
    ['a pair sharing nobody', selectOverlap(s, 'Alfa', 'Gamma'), []],
  ])('selecting %s', (_, after, items) => {
    expect(after.selection).toEqual(items.length ? selectionOf(items) : EMPTY_SELECTION);
  });

  it('selects nothing before any data is loaded', () => {
    const before = initialState();
    expect(select(before, clusterItem(s, 'Alfa')).selection).toEqual(EMPTY_SELECTION);
  });

  it('clears the selection', () => {
    expect(clearSelection(selectCluster(loaded(), 'Alfa')).selection).toEqual(EMPTY_SELECTION);
  });
});

describe('language and map filter', () => {
  it('switches language', () => {
    expect(setLanguage(initialState(), 'en').language).toBe('en');
    expect(initialState().language).toBe('nb');
  });

  it.each([
    [3, 3],
    [0, 1],
    [-4, 1],
    [2.7, 2],
    [Number.NaN, 1],
  ])('sets the minimum shared filter %s -> %s', (input, expected) => {
    expect(setMinShared(loaded(), input).minShared).toBe(expected);
  });

  it('drops a selected overlap the filter hides, keeps one it still shows', () => {
    const weak = selectOverlap(loaded(), 'Beta', 'Gamma');
    expect(setMinShared(weak, 2).selection).toEqual(EMPTY_SELECTION);
    const strong = selectOverlap(loaded(), 'Alfa', 'Beta');
    expect(setMinShared(strong, 2).selection).toEqual(
      selectionOf([pairItem(strong, 'Alfa', 'Beta')]),
    );
  });

  it('refuses to select an overlap hidden by the filter', () => {
    const filtered = setMinShared(loaded(), 2);
    expect(selectOverlap(filtered, 'Beta', 'Gamma').selection).toEqual(EMPTY_SELECTION);
  });
});
