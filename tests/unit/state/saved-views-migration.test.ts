/**
 * Saved views in the workspace: the v2 -> v3 migration (no saved views before; the salt kept
 * when a record has one), the record round trip with saved views and salt, and the pure edits
 * (save, rename, delete, move) on tables of cases.
 */
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../../src/state/persistence/migrations';
import { fromRecord, toRecord } from '../../../src/state/persistence/record';
import {
  savedViewFrom,
  savedViewsOf,
  withoutSavedView,
  withSavedView,
  withViewMoved,
  withViewRenamed,
} from '../../../src/state/saved-views';
import type { Workspace } from '../../../src/state/types';
import { emptyWorkspace } from '../../../src/state/workspace';

const V2 = {
  schemaVersion: 2,
  id: 'w1',
  source: 'files',
  files: [{ name: 'a.csv', size: 3 }],
  mappings: [],
  mappingOrigins: [],
  decisions: [],
  placements: [],
  register: [],
  revision: 4,
};

const view = (id: string, name = id, hash = `#kart?v=1&sel=c.${id}`) => ({ id, name, hash });
const names = (ws: Workspace) => savedViewsOf(ws).map((v) => v.name);

describe('schema version 3', () => {
  it('is the current version', () => expect(SCHEMA_VERSION).toBe(3));

  it('migrates a version 2 record to no saved views, keeping everything else', () => {
    const result = migrate(V2);
    expect(result).toMatchObject({ ok: true, migrated: true });
    if (!result.ok) return;
    expect(result.record.savedViews).toEqual([]);
    expect(result.record.revision).toBe(4);
    expect(result.record.files).toEqual(V2.files);
    expect(fromRecord(result.record).savedViews).toEqual([]);
  });

  it('round-trips saved views and the salt through the record', () => {
    const ws = withSavedView(
      withSavedView({ ...emptyWorkspace('w2', 1), salt: 's4lt' }, view('a', 'Kart')),
      view('b', 'Import', '#import'),
    );
    const back = fromRecord(toRecord(ws));
    expect(back.savedViews).toEqual(ws.savedViews);
    expect(back.salt).toBe('s4lt');
  });

  it('drops saved views in a record that are not views', () => {
    const record = { ...toRecord(emptyWorkspace('w3', 1)), savedViews: [view('ok'), { id: 1 }] };
    expect(fromRecord(record as never).savedViews).toEqual([view('ok')]);
  });
});

describe('saved view edits', () => {
  const base = [view('a'), view('b'), view('c')].reduce(withSavedView, emptyWorkspace('w', 1));

  it.each([
    {
      name: 'save adds at the end',
      ws: withSavedView(base, view('d')),
      want: ['a', 'b', 'c', 'd'],
    },
    {
      name: 'a blank name is not saved',
      ws: withSavedView(base, view('e', '  ')),
      want: ['a', 'b', 'c'],
    },
    {
      name: 'the same id twice is not saved',
      ws: withSavedView(base, view('a', 'x')),
      want: ['a', 'b', 'c'],
    },
    { name: 'rename', ws: withViewRenamed(base, 'b', ' Bee '), want: ['a', 'Bee', 'c'] },
    {
      name: 'rename to blank keeps the name',
      ws: withViewRenamed(base, 'b', ''),
      want: ['a', 'b', 'c'],
    },
    { name: 'delete', ws: withoutSavedView(base, 'b'), want: ['a', 'c'] },
    { name: 'move down', ws: withViewMoved(base, 'a', 1), want: ['b', 'a', 'c'] },
    { name: 'move up', ws: withViewMoved(base, 'c', -1), want: ['a', 'c', 'b'] },
    { name: 'move past the top', ws: withViewMoved(base, 'a', -1), want: ['a', 'b', 'c'] },
    { name: 'move past the end', ws: withViewMoved(base, 'c', 1), want: ['a', 'b', 'c'] },
  ])('$name', ({ ws, want }) => expect(names(ws)).toEqual(want));

  it('changes nothing (the same object) when nothing is to change', () => {
    expect(withoutSavedView(base, 'zz')).toBe(base);
    expect(withViewMoved(base, 'zz', 1)).toBe(base);
    expect(withViewRenamed(base, 'a', 'a')).toBe(base);
  });

  it.each([
    [{ id: 'a', name: 'n', hash: '#kart' }, true],
    [{ id: 'a b', name: 'n', hash: '#kart' }, false],
    [{ id: 'a', name: '', hash: '#kart' }, false],
    [{ id: 'a', name: 'n', hash: 'kart' }, false],
    [null, false],
  ])('savedViewFrom(%j) accepts: %s', (value, ok) =>
    expect(savedViewFrom(value) !== undefined).toBe(ok),
  );
});
