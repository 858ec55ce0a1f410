/**
 * Work is not redone: a decision shows its counts first (phase one) and its proposals and
 * organisation metrics after (phase two), which come out the same as a build in one go; the
 * finished build is stored by the key of its inputs and shown again on a "reload" (and on an
 * undo back to stored inputs) without building; any other input is another key, a broken entry
 * is refused and deleted, and storage keeps only the latest builds. The real pipeline API in
 * Node, storage in memory.
 */
import { describe, expect, it } from 'vitest';
import { safeRecord } from '../../../src/domain/records/safe-record';
import {
  buildCacheKey,
  cachedBuildOf,
  canonicalJson,
  KEPT_BUILDS,
  BUILD_CACHE_FORMAT,
} from '../../../src/state/persistence/build-cache';
import { createMemoryStorage } from '../../../src/state/persistence/memory-store';
import type { WorkspaceStorage } from '../../../src/state/persistence/types';
import * as reduce from '../../../src/state/reducers';
import type { AppState, Workspace } from '../../../src/state/types';
import { createWorkspaceActions } from '../../../src/state/workspace-actions';
import { buildFromReads } from '../../../src/worker/build';
import { createPipelineApi } from '../../../src/worker/pipeline-api';
import type { PipelineApi } from '../../../src/worker/types';
import { readFile } from '../../../src/io/read-file';

const text = (lines: readonly string[]) => lines.join('\n');
const bytesOf = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
const example = { count: 0, fetch: async () => [] };

// Two lists with a pair that recognition proposes but does not merge on its own.
const LIST_A = text([
  'Navn;Klynge',
  'Havbruk Vest AS;Hav',
  'Nordic Robotics AS;Hav',
  'Laksefjord AS;Hav',
  'Fjordkraft AS;Energi',
  'Bergen Marine Tech AS;Hav',
]);
const LIST_B = text([
  'Navn;Klynge',
  'Havbruk Vest;Energi',
  'Nordic Robotic AS;Energi',
  'Solkraft AS;Energi',
  'Laksefjord Sjømat AS;Energi',
  'Bergen Marin Tech AS;Energi',
  'Fjord Kraft AS;Hav',
]);
const files = () => [new File([LIST_A], 'a.csv'), new File([LIST_B], 'b.csv')];

function harness(
  storage: WorkspaceStorage = createMemoryStorage(),
  phased = true,
  failMetrics: () => Error | null = () => null,
) {
  let state = reduce.initialState();
  /** Every data the page was shown, in order. */
  const shown: NonNullable<AppState['data']>[] = [];
  const api = createPipelineApi();
  const calls = { build: 0, metrics: 0, proposals: 0, adopt: 0 };
  const pipeline: Parameters<typeof createWorkspaceActions>[0]['pipeline'] = () => ({
    readFiles: (f) => api.readFiles(f),
    build: (request) => {
      calls.build++;
      return api.build(request);
    },
    forget: (names) => api.forget(names),
    ...(phased
      ? {
          metrics: (id: number) => {
            calls.metrics++;
            const error = failMetrics();
            return error ? Promise.reject(error) : api.metrics(id);
          },
          proposals: (id: number) => {
            calls.proposals++;
            return api.proposals(id);
          },
          adopt: (built: Parameters<PipelineApi['adopt']>[0]) => {
            calls.adopt++;
            return api.adopt(built);
          },
        }
      : {}),
  });
  let ids = 0;
  const actions = createWorkspaceActions({
    getState: () => state,
    apply: (change) => {
      const before = state.data;
      state = change(state);
      if (state.data && state.data !== before) shown.push(state.data);
    },
    pipeline,
    openStorage: async () => storage,
    newId: () => `ws-${++ids}`,
    appBuild: 'test-build',
  });
  return { actions, storage, calls, shown, state: () => state };
}

/** What a build in one go gives for the open workspace: the reference for phase two. */
async function oneGo(w: Workspace) {
  const reads = await Promise.all(
    files().map(async (f) => readFile(f.name, new Uint8Array(await f.arrayBuffer()))),
  );
  return buildFromReads(reads, { decisions: w.decisions, mappings: w.mappings }, w.salt);
}

const columns = (m: { metrics: { organisations: Record<string, Float64Array> } }) =>
  Object.fromEntries(Object.entries(m.metrics.organisations).map(([k, v]) => [k, [...v]]));

describe('phased builds', () => {
  it('shows a decision with metrics pending, then the same metrics and proposals as one build', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles(files());
    await h.actions.settled();
    const proposals = h.state().data!.proposals;
    expect(proposals.length).toBeGreaterThan(0);
    const orgsBefore = h.state().data!.dataset.organisations.length;
    const { a, b } = proposals[0]!;

    const seen = h.shown.length;
    await h.actions.addDecision({ kind: 'merge', a, b });
    await h.actions.settled();
    // The first data shown after the decision: phase one.
    const first = h.shown[seen]!;
    // Counts first: one organisation fewer, metrics not made yet (NaN), the pair no longer proposed.
    expect(first.dataset.organisations.length).toBe(orgsBefore - 1);
    expect(first.metricsPending).toBe(true);
    expect(Object.keys(first.analysis.metrics.organisations)).toHaveLength(0);
    expect(Number.isNaN(first.model.metrics.organisations.degree![0]!)).toBe(true);
    expect(first.proposals.some((p) => p.a === a && p.b === b)).toBe(false);

    const done = h.state().data!;
    expect(done.metricsPending).toBe(false);
    expect(done.proposalsPending).toBe(false);
    const reference = await oneGo(h.state().workspace);
    expect(done.analysis).toEqual(reference.analysis);
    expect(columns(done.model)).toEqual(columns(reference.model));
    expect(done.proposals).toEqual(reference.proposals);
  });

  it('a later decision makes the earlier second phase moot: only the last one is computed', async () => {
    const h = harness();
    await h.actions.start(example);
    await h.actions.addFiles(files());
    await h.actions.settled();
    const metricsBefore = h.calls.metrics;
    const [p, q] = h.state().data!.proposals;
    await Promise.all([
      h.actions.addDecision({ kind: 'keep-apart', a: p!.a, b: p!.b }),
      h.actions.addDecision({ kind: 'keep-apart', a: q!.a, b: q!.b }),
    ]);
    await h.actions.settled();
    expect(h.calls.metrics - metricsBefore).toBeLessThanOrEqual(1);
    const reference = await oneGo(h.state().workspace);
    expect(h.state().data!.analysis).toEqual(reference.analysis);
    expect(h.state().data!.proposals).toEqual(reference.proposals);
  });

  it('a second phase ended by a cancel is made again; a failed one says why and pends no more', async () => {
    const cancelled = Object.assign(new Error('The analysis was cancelled'), {
      name: 'CancelledError',
    });
    let fail: Error | null = null;
    const h = harness(createMemoryStorage(), true, () => {
      const f = fail;
      fail = null;
      return f;
    });
    await h.actions.start(example);
    await h.actions.addFiles(files());
    await h.actions.settled();
    const builds = h.calls.build;
    const [p] = h.state().data!.proposals;
    fail = cancelled;
    await h.actions.addDecision({ kind: 'keep-apart', a: p!.a, b: p!.b });
    await h.actions.settled();
    await h.actions.settled();
    expect(h.calls.build).toBe(builds + 2);
    expect(h.state().data!.metricsPending).toBe(false);
    expect(h.state().error).toBeNull();
    const reference = await oneGo(h.state().workspace);
    expect(h.state().data!.analysis).toEqual(reference.analysis);

    fail = new Error('The analysis worker failed');
    const [q] = h.state().data!.proposals;
    await h.actions.addDecision({ kind: 'keep-apart', a: q!.a, b: q!.b });
    await h.actions.settled();
    expect(h.state().data!.metricsPending).toBe(false);
    expect(h.state().error).toBe('The analysis worker failed');
  });
});

describe('build cache', () => {
  it('a reload shows the stored build, with the same numbers, without building', async () => {
    const first = harness();
    await first.actions.start(example);
    await first.actions.addFiles(files());
    await first.actions.settled();
    await first.actions.saved();
    const built = first.state().data!;
    expect(built.builtFrom).toBe('build');

    const second = harness(first.storage);
    await second.actions.start(example);
    const shown = second.state().data!;
    expect(shown.builtFrom).toBe('cache');
    expect(second.calls.build).toBe(0);
    expect(second.calls.adopt).toBe(1);
    expect(shown.analysis).toEqual(built.analysis);
    expect(shown.proposals).toEqual(built.proposals);
    expect(columns(shown.model)).toEqual(columns(built.model));
    expect(shown.metricsPending).toBe(false);

    // A decision after the reload is built (the worker reads the files), never the stored one.
    const { a, b } = shown.proposals[0]!;
    await second.actions.addDecision({ kind: 'merge', a, b });
    expect(second.state().data!.builtFrom).toBe('build');
    expect(second.state().data!.dataset.organisations.length).toBe(
      built.dataset.organisations.length - 1,
    );
    await second.actions.settled();
    // Undo: back to the stored inputs, so the stored build shows again.
    await second.actions.undoDecision();
    expect(second.state().data!.builtFrom).toBe('cache');
    expect(second.state().data!.analysis).toEqual(built.analysis);
  });

  it('ignores and deletes a broken entry, and builds', async () => {
    const storage = createMemoryStorage();
    const first = harness(storage);
    await first.actions.start(example);
    await first.actions.addFiles(files());
    await first.actions.settled();
    const key = first.state().data!.cacheKey!;
    expect(await storage.loadBuild!(key)).not.toBeNull();
    // Cut short, as a full disk or a crash might leave it.
    await storage.saveBuild!({
      key,
      format: BUILD_CACHE_FORMAT,
      workspace: 'ws-1',
      savedAt: Date.now() + 1000,
      built: { ...first.state().data!, model: { orgOrder: [] } } as never,
    });
    const second = harness(storage);
    await second.actions.start(example);
    expect(second.state().data!.builtFrom).toBe('build');
    expect(second.calls.build).toBeGreaterThan(0);
    expect(second.state().data!.analysis.organisations).toBe(
      first.state().data!.analysis.organisations,
    );
  });

  it('keeps only the latest builds, and a deleted workspace takes its builds along', async () => {
    const storage = createMemoryStorage();
    const h = harness(storage);
    await h.actions.start(example);
    await h.actions.addFiles(files());
    await h.actions.settled();
    const keys = [h.state().data!.cacheKey!];
    for (const [p] of [h.state().data!.proposals, h.state().data!.proposals.slice(1)]) {
      await h.actions.addDecision({ kind: 'keep-apart', a: p!.a, b: p!.b });
      await h.actions.settled();
      keys.push(h.state().data!.cacheKey!);
    }
    expect(new Set(keys).size).toBe(3);
    const kept = await Promise.all(keys.map((k) => storage.loadBuild!(k)));
    expect(kept.map((k) => k !== null)).toEqual([false, true, true]);
    expect(KEPT_BUILDS).toBe(2);
    await storage.deleteWorkspace('ws-1');
    for (const k of keys) expect(await storage.loadBuild!(k)).toBeNull();
  });

  it('the key changes with every input and not with the order of a record', async () => {
    const base: Workspace = {
      id: 'w',
      source: 'files',
      files: [{ name: 'a.csv', size: 3 }],
      mappings: safeRecord([['a.csv', { clusterName: 'X' } as never]]),
      decisions: [{ kind: 'merge', a: 'o1' as never, b: 'o2' as never }],
      placements: safeRecord([
        ['o1', { kind: 'abroad' } as never],
        ['o2', { kind: 'unknown' } as never],
      ]),
      register: safeRecord(),
    };
    const bytes = new Map([['a.csv', bytesOf('abc')]]);
    const key = (w: Workspace, b = bytes, salt = 's', app = 'x') => buildCacheKey(w, b, salt, app);
    const k0 = await key(base);
    expect(k0).toMatch(/^[0-9a-f]{64}$/);
    const reordered = {
      ...base,
      placements: safeRecord([
        ['o2', { kind: 'unknown' } as never],
        ['o1', { kind: 'abroad' } as never],
      ]),
    };
    expect(await key(reordered)).toBe(k0);
    const others = await Promise.all([
      key(base, new Map([['a.csv', bytesOf('abd')]])),
      key(base, bytes, 't'),
      key(base, bytes, 's', 'y'),
      key({ ...base, mappings: safeRecord() }),
      key({ ...base, decisions: [] }),
      key({ ...base, decisions: [{ kind: 'merge', a: 'o2' as never, b: 'o1' as never }] }),
      key({ ...base, placements: safeRecord() }),
      key({ ...base, register: safeRecord([['123', { orgNumber: '123' } as never]]) }),
    ]);
    expect(new Set([k0, ...others]).size).toBe(others.length + 1);
    expect(await key(base, new Map())).toBeNull();
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('refuses an entry of another key or format, or without its maps and columns', async () => {
    const reads = [readFile('a.csv', new TextEncoder().encode(LIST_A))];
    const {
      dataset,
      analysis,
      model,
      proposals,
      previews,
      files: f,
    } = await buildFromReads(reads, {});
    const entry = {
      key: 'k',
      format: BUILD_CACHE_FORMAT,
      workspace: 'w',
      savedAt: 1,
      built: { dataset, analysis, model, proposals, previews, files: f },
    };
    const stored = structuredClone(entry);
    expect(cachedBuildOf(stored, 'k')).not.toBeNull();
    expect(cachedBuildOf(stored, 'other')).toBeNull();
    expect(cachedBuildOf({ ...stored, format: BUILD_CACHE_FORMAT + 1 }, 'k')).toBeNull();
    expect(cachedBuildOf(null, 'k')).toBeNull();
    const cut = (change: Record<string, unknown>) =>
      cachedBuildOf({ ...stored, built: { ...stored.built, ...change } }, 'k');
    expect(cut({ model: { ...stored.built.model, clustersOf: {} } })).toBeNull();
    expect(
      cut({
        model: {
          ...stored.built.model,
          metrics: { ...stored.built.model.metrics, organisations: { degree: [1, 2] } },
        },
      }),
    ).toBeNull();
    expect(cut({ proposals: undefined })).toBeNull();
  });
});
