/**
 * The workspace actions end to end in Node: the real pipeline API (no worker, same code), storage
 * in memory. Example data on start, files added into a new workspace, nothing usable keeps the
 * example, mappings remembered for the next file, decisions and undo, restore after a "reload",
 * a worker that lost its cache, and storage that refuses to open.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping } from '../../../src/domain/membership/column-mapping';
import { createMemoryStorage } from '../../../src/state/persistence/memory-store';
import type { WorkspaceStorage } from '../../../src/state/persistence/types';
import * as reduce from '../../../src/state/reducers';
import type { AppState } from '../../../src/state/types';
import { createWorkspaceActions } from '../../../src/state/workspace-actions';
import { createPipelineApi } from '../../../src/worker/pipeline-api';
import type { PipelineApi } from '../../../src/worker/types';

const text = (lines: readonly string[]) => lines.join('\n');
const bytesOf = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

const EXAMPLE = [
  { name: 'Alfa.csv', text: text(['Navn', 'Felles AS', 'Bare Alfa AS']) },
  { name: 'Beta.csv', text: text(['Navn', 'Felles AS', 'Bare Beta AS']) },
];
const example = {
  count: EXAMPLE.length,
  fetch: vi.fn(async () => EXAMPLE.map((f) => ({ name: f.name, bytes: bytesOf(f.text) }))),
};

const EXPORT_HEADER = 'Virksomhet;Postnr;Notat';
const mars = new File(
  [text([EXPORT_HEADER, 'Nordic Robotics AS;0150;x', 'Havbruk Vest AS;5003;y'])],
  'crm-mars.csv',
);
const april = new File([text([EXPORT_HEADER, 'Laksefjord AS;9008;z'])], 'crm-april.csv');
const broken = new File([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9])], 'ødelagt.xlsx');

function harness(
  options: { storage?: WorkspaceStorage; openStorage?: () => Promise<WorkspaceStorage> } = {},
) {
  let state = reduce.initialState();
  const api = createPipelineApi();
  const calls = { build: 0 };
  const pipeline: Pick<PipelineApi, 'readFiles' | 'build' | 'forget'> = {
    readFiles: (files) => api.readFiles(files),
    build: (request) => {
      calls.build++;
      return api.build(request);
    },
    forget: (names) => api.forget(names),
  };
  const storage = options.storage ?? createMemoryStorage();
  let ids = 0;
  const actions = createWorkspaceActions({
    getState: () => state,
    apply: (change) => {
      state = change(state);
    },
    pipeline: () => pipeline,
    openStorage: options.openStorage ?? (async () => storage),
    newId: () => `ws-${++ids}`,
  });
  return { actions, storage, api, calls, state: () => state };
}

const clusters = (s: AppState) => s.data?.dataset.clusters.map((c) => c.name) ?? [];

describe('workspace actions', () => {
  it('opens the example data on a first start, with storage working', async () => {
    const h = harness();
    await h.actions.start(example);
    expect(h.state().workspace.id).toBe('example');
    expect(h.state().data?.source).toBe('default');
    expect(clusters(h.state())).toEqual(['Alfa', 'Beta']);
    expect(h.state().storage).toEqual({ kind: 'ok' });
    // Started twice (React StrictMode): one start, no second build.
    const builds = h.calls.build;
    await h.actions.start(example);
    expect(h.calls.build).toBe(builds);
  });

  it('files added on the example start a new saved workspace; a broken one is listed with its reason', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles([mars, broken]);
    const s = h.state();
    expect(s.workspace).toMatchObject({ id: 'ws-1', source: 'files' });
    expect(s.workspace.files.map((f) => f.name)).toEqual(['crm-mars.csv', 'ødelagt.xlsx']);
    expect(clusters(s)).toEqual(['crm-mars']);
    expect(s.notice).toEqual({ kind: 'loaded', files: 2, rejected: 1 });
    expect(s.data?.reads.find((r) => r.file === 'ødelagt.xlsx')?.ok).toBe(false);
    expect(await h.storage.current()).toBe('ws-1');
    const stored = await h.storage.load('ws-1');
    expect([...stored!.bytes.keys()].sort()).toEqual(['crm-mars.csv', 'ødelagt.xlsx']);
  });

  it('only broken files on the example: the example stays, the reasons show', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles([broken]);
    expect(h.state().workspace.id).toBe('example');
    expect(clusters(h.state())).toEqual(['Alfa', 'Beta']);
    expect(h.state().notice?.kind).toBe('nothing-usable');
    // The example still rebuilds (its reads are refilled from the bytes in memory).
    await h.actions.undoDecision();
    await h.actions.addDecision({ kind: 'split', source: { file: 'Alfa.csv', row: 2 } });
    expect(clusters(h.state())).toEqual(['Alfa', 'Beta']);
  });

  it('remembers a changed mapping and applies it to a later file with the same headers', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles([mars]);
    const preview = h.state().data!.previews[0]!;
    expect(preview.mapping.roles[1]).toBe('postalCode');
    const changed: ColumnMapping = {
      ...preview.mapping,
      roles: ['name', 'other', 'other'],
      clusterName: 'Robotklyngen',
    };
    await h.actions.setMapping(preview.key, changed);
    expect(clusters(h.state())).toEqual(['Robotklyngen']);
    expect(h.state().workspace.mappingOrigins).toEqual({ 'crm-mars.csv': 'user' });

    await h.actions.addFiles([april]);
    const s = h.state();
    expect(s.workspace.mappingOrigins?.['crm-april.csv']).toBe('remembered');
    expect(s.workspace.mappings['crm-april.csv']).toEqual({
      shape: 'per-cluster',
      roles: ['name', 'other', 'other'],
      clusterName: 'crm-april',
    });
    expect(clusters(s)).toEqual(['Robotklyngen', 'crm-april']);
    expect(Object.values(await h.storage.mappingMemory())).toEqual([changed]);
  });

  it('decisions rebuild at once, undo removes them, quick clicks coalesce', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles([
      new File([text(['Navn', 'Nordic Robotics AS', 'Havbruk Vest AS'])], 'a.csv'),
      new File([text(['Navn', 'Nordik Robotics AS'])], 'b.csv'),
    ]);
    const proposal = h.state().data!.proposals[0]!;
    const builds = h.calls.build;
    const clicks = [
      h.actions.addDecision({ kind: 'keep-apart', a: proposal.a, b: proposal.b }),
      h.actions.addDecision({ kind: 'split', source: { file: 'a.csv', row: 2 } }),
      h.actions.addDecision({ kind: 'split', source: { file: 'a.csv', row: 3 } }),
    ];
    await Promise.all(clicks);
    expect(h.state().workspace.decisions).toHaveLength(3);
    expect(h.calls.build - builds).toBeLessThanOrEqual(2);
    expect(h.state().data!.proposals).toHaveLength(0);
    await h.actions.undoDecisions([0, 1, 2]);
    expect(h.state().workspace.decisions).toHaveLength(0);
    expect(h.state().data!.proposals[0]).toEqual(proposal);
  });

  it('restores the open workspace with its choices after a reload, and goes back to the example', async () => {
    const first = harness();
    await first.actions.start(example);
    await first.actions.addFiles([mars]);
    const place = { kind: 'county' as const, county: '46' as const, via: 'manual' as const };
    const org = first.state().data!.dataset.organisations[0]!.id;
    await first.actions.placeOrganisations([org], place);
    await first.actions.saved();

    const second = harness({ storage: first.storage });
    await second.actions.start(example);
    const s = second.state();
    expect(s.workspace.id).toBe('ws-1');
    expect(s.workspace.placements).toEqual({ [org]: place });
    expect(s.data!.dataset.organisations.find((o) => o.id === org)!.placement).toEqual(place);

    await second.actions.openExample();
    await second.actions.saved();
    expect(clusters(second.state())).toEqual(['Alfa', 'Beta']);
    const third = harness({ storage: first.storage });
    await third.actions.start(example);
    expect(third.state().workspace.id).toBe('example');
    expect(await third.actions.openWorkspace('ws-1')).toBe(true);
    expect(clusters(third.state())).toEqual(['crm-mars']);
    expect((await third.actions.listWorkspaces()).map((w) => w.id)).toEqual(['ws-1']);
  });

  it('removes a file and starts an empty workspace', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles([mars, april]);
    await h.actions.removeFile('crm-mars.csv');
    expect(h.state().workspace.files.map((f) => f.name)).toEqual(['crm-april.csv']);
    expect(clusters(h.state())).toEqual(['crm-april']);
    expect((await h.storage.load('ws-1'))!.bytes.has('crm-mars.csv')).toBe(false);
    await h.actions.newWorkspace();
    expect(h.state().workspace).toMatchObject({ id: 'ws-2', files: [] });
    expect(h.state().data!.dataset.organisations).toEqual([]);
    expect(await h.storage.current()).toBe('ws-2');
  });

  it('refills a worker that lost its cache from the bytes it keeps', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles([mars]);
    await h.api.forget();
    await h.actions.addDecision({ kind: 'split', source: { file: 'crm-mars.csv', row: 2 } });
    expect(h.state().status).toBe('ready');
    expect(clusters(h.state())).toEqual(['crm-mars']);
  });

  it('works in memory when storage cannot open, and says why', async () => {
    const h = harness({
      openStorage: () => Promise.reject(new Error('IndexedDB is not available in private mode')),
    });
    await h.actions.start(example);
    await h.actions.addFiles([mars]);
    expect(h.state().storage).toEqual({
      kind: 'failed',
      message: 'IndexedDB is not available in private mode',
    });
    expect(clusters(h.state())).toEqual(['crm-mars']);
    expect(await h.actions.listWorkspaces()).toEqual([]);
  });

  it('shows a failed save (quota) once and keeps working', async () => {
    const storage = createMemoryStorage();
    const quota = () =>
      Promise.reject(new Error('QuotaExceededError: the quota has been exceeded'));
    storage.saveFile = quota;
    storage.saveWithFiles = quota;
    const h = harness({ storage });
    await h.actions.start(example);
    await h.actions.addFiles([mars]);
    expect(h.state().storage.kind).toBe('failed');
    expect(clusters(h.state())).toEqual(['crm-mars']);
  });
});
