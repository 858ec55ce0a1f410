/**
 * Saved workspaces across app versions: the migration steps on real and broken records, a record
 * exactly as the app saved it before schema versions (tests/fixtures/persistence/workspace-v1.json)
 * opening with its mapping, decision and placement applied, a record from a newer app refused and
 * left as it was, files missing from storage named, file names that are Object.prototype keys,
 * and two tabs saving the same workspace without losing either's decisions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../../src/state/persistence/migrations';
import { createMemoryStorage, type MemorySeed } from '../../../src/state/persistence/memory-store';
import { fromRecord, toRecord } from '../../../src/state/persistence/record';
import * as reduce from '../../../src/state/reducers';
import type { AppState } from '../../../src/state/types';
import {
  createWorkspaceActions,
  type WorkspaceChannel,
} from '../../../src/state/workspace-actions';
import { createPipelineApi } from '../../../src/worker/pipeline-api';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/persistence/${name}`, import.meta.url));
const V1 = JSON.parse(fixture('workspace-v1.json').toString('utf8')) as Record<string, unknown>;
const V1_ID = V1.id as string;
const bytes = (name: string) => {
  const b = fixture(name);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const V1_FILES = ['constructor.csv', '__proto__.csv'].map((name) => ({
  workspace: V1_ID,
  name,
  bytes: bytes(name),
}));

const example = {
  count: 1,
  fetch: async () => [
    {
      name: 'Alfa.csv',
      bytes: new TextEncoder().encode('Navn\nA AS\nB AS\n').buffer as ArrayBuffer,
    },
  ],
};

/** An in-process stand-in for BroadcastChannel: every tab on an id hears the others' posts. */
function channelHub() {
  const listeners = new Map<string, Set<(revision: number) => void>>();
  return (id: string): WorkspaceChannel => {
    let mine: ((revision: number) => void) | null = null;
    const set = listeners.get(id) ?? new Set();
    listeners.set(id, set);
    return {
      post: (revision) => {
        for (const l of set) if (l !== mine) setTimeout(() => l(revision));
      },
      listen(on) {
        mine = on;
        set.add(on);
      },
      close() {
        if (mine) set.delete(mine);
      },
    };
  };
}

function tab(
  seed: MemorySeed | ReturnType<typeof createMemoryStorage>,
  channel?: ReturnType<typeof channelHub>,
) {
  const storage = 'load' in seed ? seed : createMemoryStorage(seed);
  let state = reduce.initialState();
  const api = createPipelineApi();
  const actions = createWorkspaceActions({
    getState: () => state,
    apply: (change) => {
      state = change(state);
    },
    pipeline: () => api,
    openStorage: async () => storage,
    newId: () => 'ny',
    ...(channel ? { channel } : {}),
  });
  return { actions, storage, state: () => state };
}

const clusterNames = (s: AppState) => s.data?.dataset.clusters.map((c) => c.name).sort() ?? [];
const orgNames = (s: AppState) => s.data?.dataset.organisations.map((o) => o.name).sort() ?? [];

function migratedV1() {
  const migrated = migrate(V1);
  if (!migrated.ok) throw new Error('the version 1 fixture did not migrate');
  return migrated.record;
}

describe('migrate', () => {
  const cases: { name: string; raw: unknown; expect: Record<string, unknown> }[] = [
    {
      name: 'version 1 (no schemaVersion) to the current one',
      raw: V1,
      expect: { ok: true, migrated: true },
    },
    {
      name: 'a current record as it is',
      raw: toRecord(fromRecord(migratedV1())),
      expect: { ok: true, migrated: false },
    },
    {
      name: 'a newer record: refused',
      raw: { ...V1, schemaVersion: SCHEMA_VERSION + 1 },
      expect: { ok: false, reason: 'newer', found: SCHEMA_VERSION + 1, known: SCHEMA_VERSION },
    },
    { name: 'not a record', raw: 'workspace', expect: { ok: false, reason: 'invalid' } },
    { name: 'null', raw: null, expect: { ok: false, reason: 'invalid' } },
    {
      name: 'a version that is not a number',
      raw: { ...V1, schemaVersion: 'two' },
      expect: { ok: false, reason: 'invalid' },
    },
    { name: 'no id', raw: { files: [] }, expect: { ok: false, reason: 'invalid' } },
  ];
  it.each(cases)('$name', ({ raw, expect: want }) => {
    const before = structuredClone(raw);
    expect(migrate(raw)).toMatchObject(want);
    expect(raw).toEqual(before); // pure: the stored record is never changed
  });

  it('turns the keyed records of version 1 into entries, keeping "__proto__" as a key', () => {
    const raw = JSON.parse(
      '{"id":"x","files":[],"decisions":[],"mappings":{"__proto__":{"shape":"long","roles":[]}},"placements":{},"register":{}}',
    );
    const migrated = migrate(raw);
    expect(migrated.ok && migrated.record.mappings).toEqual([
      ['__proto__', { shape: 'long', roles: [] }],
    ]);
    const workspace = migrated.ok ? fromRecord(migrated.record) : null;
    expect(Object.keys(workspace!.mappings)).toEqual(['__proto__']);
    expect(workspace!.mappings.constructor).toBeUndefined();
  });
});

describe('opening saved workspaces', () => {
  it('opens a record exactly as the app saved it before versions, with its choices applied', async () => {
    const t = tab({ workspaces: [V1], files: V1_FILES, current: V1_ID });
    await t.actions.start(example);
    const s = t.state();
    expect(s.workspace.id).toBe(V1_ID);
    expect(s.savedWork ?? null).toBeNull();
    expect(clusterNames(s)).toEqual(['Konstruktørklyngen', 'proto']);
    // The merge decision: Fjordkraft Nord and Solskinn Data are one organisation now.
    expect(s.workspace.decisions).toHaveLength(1);
    expect(s.data!.analysis.organisations).toBe(3);
    const havvind = s.data!.dataset.organisations.find((o) => o.name === 'Havvind Teknikk AS');
    expect(havvind?.placement).toEqual({ kind: 'county', county: '18', via: 'manual' });
    // Saved again in the current schema.
    await t.actions.addDecision({ kind: 'split', source: { file: 'constructor.csv', row: 9 } });
    await t.actions.saved();
    const again = tab(t.storage);
    await again.actions.start(example);
    expect(again.state().workspace.decisions).toHaveLength(2);
    expect(clusterNames(again.state())).toEqual(['Konstruktørklyngen', 'proto']);
  });

  it('refuses a record from a newer app with a notice and leaves it as it was', async () => {
    const newer = { ...V1, schemaVersion: SCHEMA_VERSION + 5, extra: 'unknown to this app' };
    const kept = structuredClone(newer);
    const t = tab({ workspaces: [newer], files: V1_FILES, current: V1_ID });
    await t.actions.start(example);
    expect(t.state().savedWork).toEqual({
      kind: 'newer',
      found: SCHEMA_VERSION + 5,
      known: SCHEMA_VERSION,
    });
    expect(t.state().workspace.id).toBe('example');
    expect(clusterNames(t.state())).toEqual(['Alfa']);
    await t.actions.saved();
    expect(newer).toEqual(kept);
    await expect(t.storage.load(V1_ID)).rejects.toThrow(/newer version/);
  });

  it('names a file listed in the workspace whose bytes are not stored', async () => {
    const t = tab({ workspaces: [V1], files: V1_FILES.slice(0, 1), current: V1_ID });
    await t.actions.start(example);
    expect(t.state().savedWork).toEqual({ kind: 'missing-files', names: ['__proto__.csv'] });
    expect(t.state().workspace.files.map((f) => f.name)).toEqual(['constructor.csv']);
    expect(clusterNames(t.state())).toEqual(['Konstruktørklyngen']);
  });

  it('works with files named after Object.prototype keys, through a save and a reopen', async () => {
    const t = tab({});
    await t.actions.start(example);
    const csv = (rows: string) => new File([`Navn;Kommune\n${rows}`], 'x');
    await t.actions.addFiles([
      new File([await csv('Alfa AS;Oslo\nBeta AS;Bergen\n').text()], 'constructor'),
      new File([await csv('Beta AS;Bergen\n').text()], '__proto__'),
      new File([await csv('Gamma AS;Oslo\n').text()], 'hasOwnProperty'),
    ]);
    expect(t.state().status).toBe('ready');
    for (const [key, name] of [
      ['constructor', 'Byggeklyngen'],
      ['__proto__', 'Protoklyngen'],
    ] as const) {
      const preview = t.state().data!.previews.find((p) => p.key === key)!;
      await t.actions.setMapping(key, { ...preview.mapping, clusterName: name });
    }
    expect(clusterNames(t.state())).toEqual(['Byggeklyngen', 'Protoklyngen', 'hasOwnProperty']);
    await t.actions.saved();
    const again = tab(t.storage);
    await again.actions.start(example);
    expect(clusterNames(again.state())).toEqual(['Byggeklyngen', 'Protoklyngen', 'hasOwnProperty']);
    expect(orgNames(again.state())).toEqual(['Alfa AS', 'Beta AS', 'Gamma AS']);
  });
});

describe('two tabs on one workspace', () => {
  it('a stale save is refused and re-based: neither tab loses a decision', async () => {
    const storage = createMemoryStorage({ workspaces: [V1], files: V1_FILES, current: V1_ID });
    const a = tab(storage);
    const b = tab(storage);
    await a.actions.start(example);
    await b.actions.start(example);
    await a.actions.addDecision({ kind: 'split', source: { file: 'constructor.csv', row: 7 } });
    await a.actions.saved();
    // b has not seen a's save: its own is refused, and replayed on top of a's workspace.
    await b.actions.addDecision({ kind: 'split', source: { file: 'constructor.csv', row: 8 } });
    await b.actions.saved();
    expect(b.state().savedWork).toEqual({ kind: 'other-tab' });
    const rows = (s: AppState) =>
      s.workspace.decisions.map((d) => (d.kind === 'split' ? d.source.row : d.kind));
    expect(rows(b.state())).toEqual(['merge', 7, 8]);
    const stored = await storage.load(V1_ID);
    expect(
      stored!.workspace.decisions.map((d) => (d.kind === 'split' ? d.source.row : d.kind)),
    ).toEqual(['merge', 7, 8]);
  });

  it('a tab hears the other tab save and takes its change in', async () => {
    const hub = channelHub();
    const storage = createMemoryStorage({ workspaces: [V1], files: V1_FILES, current: V1_ID });
    const a = tab(storage, hub);
    const b = tab(storage, hub);
    await a.actions.start(example);
    await b.actions.start(example);
    await a.actions.placeOrganisations(['navn:nordlys energi'], { kind: 'abroad', via: 'manual' });
    await a.actions.saved();
    await expect
      .poll(() => b.state().workspace.placements['navn:nordlys energi'])
      .toEqual({ kind: 'abroad', via: 'manual' });
    await expect
      .poll(
        () =>
          b.state().data?.dataset.organisations.find((o) => o.name === 'Nordlys Energi AS')
            ?.placement.kind,
      )
      .toBe('abroad');
    expect(b.state().savedWork).toEqual({ kind: 'other-tab' });
  });
});
