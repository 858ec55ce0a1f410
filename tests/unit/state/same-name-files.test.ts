/**
 * Two files with one name in one drop (two "medlemmer.csv" from two folders): both are kept, the
 * later one as "medlemmer (2).csv" with a remark on its read, in the pure naming step, the
 * workspace, the worker's read cache, and the actions end to end.
 */
import { describe, expect, it } from 'vitest';

import { distinctFileNames } from '../../../src/domain/membership/file-names';
import { createMemoryStorage } from '../../../src/state/persistence/memory-store';
import * as reduce from '../../../src/state/reducers';
import { emptyWorkspace, withFiles } from '../../../src/state/workspace';
import { createWorkspaceActions } from '../../../src/state/workspace-actions';
import { createPipelineApi } from '../../../src/worker/pipeline-api';
import { createReadCache } from '../../../src/worker/read-cache';

describe('distinctFileNames', () => {
  it.each([
    [
      ['a.csv', 'b.csv'],
      ['a.csv', 'b.csv'],
    ],
    [
      ['medlemmer.csv', 'medlemmer.csv'],
      ['medlemmer.csv', 'medlemmer (2).csv'],
    ],
    [
      ['m.csv', 'm.csv', 'm.csv'],
      ['m.csv', 'm (2).csv', 'm (3).csv'],
    ],
    [
      ['m.csv', 'm (2).csv', 'm.csv'],
      ['m.csv', 'm (2).csv', 'm (3).csv'],
    ],
    [
      ['liste', 'liste'],
      ['liste', 'liste (2)'],
    ],
    [
      ['.csv', '.csv'],
      ['.csv', '.csv (2)'],
    ],
    [
      ['a.b.xlsx', 'a.b.xlsx'],
      ['a.b.xlsx', 'a.b (2).xlsx'],
    ],
  ])('%j -> %j', (names, expected) => {
    const result = distinctFileNames(names.map((name) => ({ name })));
    expect(result.map((f) => f.name)).toEqual(expected);
    result.forEach((f, i) =>
      expect(f.renamedFrom).toBe(f.name === names[i] ? undefined : names[i]),
    );
  });
});

describe('withFiles', () => {
  it('keeps both files of one drop that share a name', () => {
    const ws = withFiles(emptyWorkspace('w', 0), [
      { name: 'medlemmer.csv', size: 10 },
      { name: 'medlemmer.csv', size: 20 },
    ]);
    expect(ws.files).toEqual([
      { name: 'medlemmer.csv', size: 10 },
      { name: 'medlemmer (2).csv', size: 20 },
    ]);
  });

  it('still replaces a file of an earlier drop with the same name (an update)', () => {
    const first = withFiles(emptyWorkspace('w', 0), [{ name: 'medlemmer.csv', size: 10 }]);
    const next = withFiles(first, [{ name: 'medlemmer.csv', size: 30 }]);
    expect(next.files).toEqual([{ name: 'medlemmer.csv', size: 30 }]);
  });
});

const bytes = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));

describe('the read cache', () => {
  it('keeps two same-named files of one call apart, with a remark on the renamed one', async () => {
    const cache = createReadCache();
    const reads = await cache.add([
      { name: 'medlemmer.csv', bytes: bytes(['Navn', 'Nordlys AS']) },
      { name: 'medlemmer.csv', bytes: bytes(['Navn', 'Sørlys AS', 'Fjordvik AS']) },
    ]);
    expect(reads.map((r) => r.file)).toEqual(['medlemmer.csv', 'medlemmer (2).csv']);
    expect(cache.size).toBe(2);
    const { reads: kept, missing } = cache.get(['medlemmer.csv', 'medlemmer (2).csv']);
    expect(missing).toEqual([]);
    const rows = kept.map((r) => (r.ok ? r.tables[0]!.rows.length : -1));
    expect(rows).toEqual([1, 2]);
    const second = kept[1]!;
    expect(
      second.ok &&
        second.notes.some(
          (n) => n.code === 'file.renamed' && n.params?.original === 'medlemmer.csv',
        ),
    ).toBe(true);
    const first = kept[0]!;
    expect(first.ok && first.notes.some((n) => n.code === 'file.renamed')).toBe(false);
  });
});

describe('adding files', () => {
  it('two dropped files named medlemmer.csv are both imported', async () => {
    let state = reduce.initialState();
    const api = createPipelineApi();
    let ids = 0;
    const actions = createWorkspaceActions({
      getState: () => state,
      apply: (change) => {
        state = change(state);
      },
      pipeline: () => api,
      openStorage: async () => createMemoryStorage(),
      newId: () => `ws-${++ids}`,
    });
    await actions.addFiles([
      new File([['Navn', 'Nordlys AS'].join('\n')], 'medlemmer.csv'),
      new File([['Navn', 'Sørlys AS', 'Fjordvik AS'].join('\n')], 'medlemmer.csv'),
    ]);
    expect(state.workspace.files.map((f) => f.name)).toEqual([
      'medlemmer.csv',
      'medlemmer (2).csv',
    ]);
    expect(state.notice).toMatchObject({ kind: 'loaded', files: 2 });
    expect(state.data?.dataset.organisations.map((o) => o.name)).toEqual([
      'Nordlys AS',
      'Sørlys AS',
      'Fjordvik AS',
    ]);
    const renamed = state.data?.reads.find((r) => r.file === 'medlemmer (2).csv');
    expect(
      renamed?.ok &&
        renamed.notes.some(
          (n) => n.code === 'file.renamed' && n.params?.original === 'medlemmer.csv',
        ),
    ).toBe(true);
  });
});
