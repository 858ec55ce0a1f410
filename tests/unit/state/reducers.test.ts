/** The app state's pure changes: loading (and its races), selection, language and the map filter. */
import { describe, expect, it } from 'vitest';
import {
  clearSelection,
  dismissNotice,
  initialState,
  loadFailed,
  loadStarted,
  loadSucceeded,
  selectCluster,
  selectOverlap,
  setLanguage,
  setMinShared,
} from '../../../src/state/reducers';
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

/** A state with `two` loaded from user files. */
function loaded(): AppState {
  const started = loadStarted(initialState(), 2);
  return loadSucceeded(started, started.loadId, two, 'files', ['alfa.csv', 'beta.csv']);
}

describe('loading', () => {
  it('starts loading with a new load id and clears old messages', () => {
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

  it('lands a finished load: data replaced, selection cleared, summary notice for user files', () => {
    const selected = selectCluster(loaded(), 'Alfa');
    const started = loadStarted(selected, 1);
    const other = result([{ name: 'Delta', size: 4 }]);
    const after = loadSucceeded(started, started.loadId, other, 'files', ['delta.csv']);
    expect(after.status).toBe('ready');
    expect(after.data?.analysis.clusters.map((c) => c.name)).toEqual(['Delta']);
    expect(after.data?.files).toEqual(['delta.csv']);
    expect(after.selection).toBeNull();
    expect(after.notice).toEqual({ kind: 'loaded', files: 1, rejected: 0 });
  });

  it('shows no load summary for the example data', () => {
    const started = loadStarted(initialState(), 2);
    const after = loadSucceeded(started, started.loadId, two, 'default', ['a.csv', 'b.csv']);
    expect(after.data?.source).toBe('default');
    expect(after.notice).toBeNull();
  });

  it.each([
    [
      'succeeded',
      (s: AppState, id: number) =>
        loadSucceeded(s, id, result([{ name: 'Old', size: 1 }]), 'files', []),
    ],
    ['failed', (s: AppState, id: number) => loadFailed(s, id, 'too late')],
  ])('ignores a stale load that %s after a newer one started', (_, finish) => {
    const first = loadStarted(loaded(), 1);
    const second = loadStarted(first, 1);
    expect(finish(second, first.loadId)).toBe(second);
  });

  it('keeps the data on screen when nothing usable came out of the files', () => {
    const before = loaded();
    const started = loadStarted(before, 1);
    const rejected = [{ file: 'broken.xlsx', row: null, reason: 'broken.xlsx: not a spreadsheet' }];
    const after = loadSucceeded(started, started.loadId, nothingUsable(rejected), 'files', [
      'broken.xlsx',
    ]);
    expect(after.status).toBe('ready');
    expect(after.data).toBe(before.data);
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

describe('selection', () => {
  it.each([
    [
      'a known cluster',
      (s: AppState) => selectCluster(s, 'Beta'),
      { kind: 'cluster', name: 'Beta' },
    ],
    ['an unknown cluster', (s: AppState) => selectCluster(s, 'Nope'), null],
    [
      'an overlap in document order',
      (s: AppState) => selectOverlap(s, 'Alfa', 'Beta'),
      { kind: 'overlap', a: 'Alfa', b: 'Beta' },
    ],
    [
      'an overlap in reverse order',
      (s: AppState) => selectOverlap(s, 'Beta', 'Alfa'),
      { kind: 'overlap', a: 'Alfa', b: 'Beta' },
    ],
    ['a pair sharing nobody', (s: AppState) => selectOverlap(s, 'Alfa', 'Gamma'), null],
  ])('selecting %s', (_, change, expected) => {
    expect(change(loaded()).selection).toEqual(expected);
  });

  it('selects nothing before any data is loaded', () => {
    expect(selectCluster(initialState(), 'Alfa').selection).toBeNull();
  });

  it('clears the selection', () => {
    expect(clearSelection(selectCluster(loaded(), 'Alfa')).selection).toBeNull();
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
    expect(setMinShared(weak, 2).selection).toBeNull();
    const strong = selectOverlap(loaded(), 'Alfa', 'Beta');
    expect(setMinShared(strong, 2).selection).toEqual({ kind: 'overlap', a: 'Alfa', b: 'Beta' });
  });

  it('refuses to select an overlap hidden by the filter', () => {
    expect(selectOverlap(setMinShared(loaded(), 2), 'Beta', 'Gamma').selection).toBeNull();
  });
});
