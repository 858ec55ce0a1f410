/**
 * The example data's saved views outlast a reload: the stored record (read back field by field),
 * the memory store keeping it as IndexedDB would, and the workspace actions saving each change on
 * the example and restoring the list when the example opens again (reload, or back from a user
 * workspace). The example's data itself is still never stored; without storage all stays in memory.
 */
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_VIEWS_FORMAT,
  exampleViewsOf,
  exampleViewsRecord,
} from '../../../src/state/persistence/example-views';
import { createMemoryStorage } from '../../../src/state/persistence/memory-store';
import type { WorkspaceStorage } from '../../../src/state/persistence/types';
import * as reduce from '../../../src/state/reducers';
import { savedViewsOf } from '../../../src/state/saved-views';
import type { AppState, SavedView } from '../../../src/state/types';
import {
  createWorkspaceActions,
  type WorkspaceChannel,
} from '../../../src/state/workspace-actions';
import { createPipelineApi } from '../../../src/worker/pipeline-api';

const bytesOf = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
const example = {
  count: 2,
  fetch: async () => [
    { name: 'Alfa.csv', bytes: bytesOf('Navn\nFelles AS\nBare Alfa AS') },
    { name: 'Beta.csv', bytes: bytesOf('Navn\nFelles AS\nBare Beta AS') },
  ],
};
const view = (id: string, name = id, hash = `#tab=${id}`): SavedView => ({ id, name, hash });

/** BroadcastChannel between pages in one test: a post reaches the other pages' listeners. */
function bus() {
  const open = new Set<{ name: string; hear: (revision: number) => void }>();
  return (name: string): WorkspaceChannel => {
    const me = { name, hear: (_revision: number) => {} };
    open.add(me);
    return {
      post: (revision) => {
        for (const other of open) if (other !== me && other.name === name) other.hear(revision);
      },
      listen: (onRevision) => {
        me.hear = onRevision;
      },
      close: () => open.delete(me),
    };
  };
}

/** One "page": the actions over `storage`, which outlives it (a reload is a new page). */
async function page(storage: WorkspaceStorage | null, channel?: ReturnType<typeof bus>) {
  let state = reduce.initialState();
  const api = createPipelineApi();
  const actions = createWorkspaceActions({
    getState: () => state,
    apply: (change) => {
      state = change(state);
    },
    pipeline: () => api,
    openStorage: storage
      ? async () => storage
      : () => Promise.reject(new Error('IndexedDB is not available')),
    newId: () => 'ws-1',
    ...(channel ? { channel } : {}),
  });
  await actions.start(example);
  const names = () => savedViewsOf(state.workspace).map((v) => v.name);
  return { actions, state: (): AppState => state, names };
}

describe('the example views record', () => {
  it('round-trips the views in order, with only their own fields', () => {
    const extra = { ...view('a', 'Første'), note: 'not kept' } as SavedView;
    const record = exampleViewsRecord([extra, view('b', 'Andre')]);
    expect(record).toEqual({
      format: EXAMPLE_VIEWS_FORMAT,
      views: [view('a', 'Første'), view('b', 'Andre')],
    });
    expect(exampleViewsOf(structuredClone(record))).toEqual(record.views);
  });

  it.each([undefined, null, 'views', 3, {}, { views: 'a' }, { format: 1, views: null }])(
    'reads %j as no views',
    (raw) => expect(exampleViewsOf(raw)).toEqual([]),
  );

  it('keeps the whole views of a damaged record, the first of each id', () => {
    const raw = {
      format: 1,
      views: [view('a'), { id: 'b', name: 'B' }, null, view('c', '  C  '), view('a', 'again')],
    };
    expect(exampleViewsOf(raw)).toEqual([view('a'), view('c', 'C')]);
  });

  it('is kept by the memory store as a copy, empty until saved', async () => {
    const storage = createMemoryStorage();
    expect(await storage.exampleViews()).toEqual([]);
    const views = [view('a'), view('b')];
    await storage.saveExampleViews(views);
    views.pop();
    expect(await storage.exampleViews()).toEqual([view('a'), view('b')]);
    const seeded = createMemoryStorage({ exampleViews: { format: 1, views: [view('z')] } });
    expect(await seeded.exampleViews()).toEqual([view('z')]);
  });
});

describe('saved views on the example data', () => {
  it('are back after a reload with their names and order; the example data is not stored', async () => {
    const storage = createMemoryStorage();
    const first = await page(storage);
    await first.actions.saveView(view('a', 'Kart'));
    await first.actions.saveView(view('b', 'Plassering'));
    await first.actions.saveView(view('c', 'Snitt'));
    await first.actions.renameView('a', 'Kart med klynge');
    await first.actions.moveView('c', -2);
    await first.actions.removeView('b');
    expect(first.names()).toEqual(['Snitt', 'Kart med klynge']);
    await first.actions.saved();

    const second = await page(storage);
    expect(second.state().workspace.id).toBe('example');
    expect(second.names()).toEqual(['Snitt', 'Kart med klynge']);
    expect(savedViewsOf(second.state().workspace).map((v) => v.hash)).toEqual(['#tab=c', '#tab=a']);
    expect(await storage.list()).toEqual([]);
    expect(await storage.load('example')).toBeNull();
  });

  it('come back with the example after a user workspace, which keeps its own', async () => {
    const storage = createMemoryStorage();
    const p = await page(storage);
    await p.actions.saveView(view('a', 'Eksempelet'));
    await p.actions.newWorkspace();
    expect(p.state().workspace.id).toBe('ws-1');
    expect(p.names()).toEqual([]);
    await p.actions.saveView(view('u', 'Mine data'));
    expect(await storage.exampleViews()).toEqual([view('a', 'Eksempelet')]);

    await p.actions.openExample();
    expect(p.state().workspace.id).toBe('example');
    expect(p.names()).toEqual(['Eksempelet']);
    expect(savedViewsOf((await storage.load('ws-1'))!.workspace).map((v) => v.name)).toEqual([
      'Mine data',
    ]);
  });

  it('without storage work in memory for the page, and are gone on reload', async () => {
    const p = await page(null);
    expect(p.state().storage.kind).toBe('failed');
    await p.actions.saveView(view('a', 'Kart'));
    await p.actions.renameView('a', 'Kartet');
    expect(p.names()).toEqual(['Kartet']);
    const reloaded = await page(null);
    expect(reloaded.names()).toEqual([]);
  });

  it('in two tabs: a change in one shows in the other, and the last list saved wins', async () => {
    const storage = createMemoryStorage();
    const channel = bus();
    const one = await page(storage, channel);
    const two = await page(storage, channel);
    await one.actions.saveView(view('a', 'Kart'));
    await one.actions.saveView(view('b', 'Snitt'));
    await expect.poll(two.names).toEqual(['Kart', 'Snitt']);
    await two.actions.renameView('a', 'Kartet');
    await expect.poll(one.names).toEqual(['Kartet', 'Snitt']);
    await one.actions.saved();
    await two.actions.saved();
    expect((await storage.exampleViews()).map((v) => v.name)).toEqual(['Kartet', 'Snitt']);

    // Once the second tab leaves the example, it no longer follows the example's views.
    await two.actions.newWorkspace();
    await one.actions.removeView('b');
    await one.actions.saved();
    expect(two.names()).toEqual([]);
    await two.actions.openExample();
    expect(two.names()).toEqual(['Kartet']);
  });
});
