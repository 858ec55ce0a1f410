/**
 * The workspace actions: each changes the workspace (workspace.ts), saves it (IndexedDB, or memory
 * when the browser refuses) and rebuilds the dataset in the worker from its cached file reads.
 * Choices (mapping, decision, placement, register) land in the state at once and their rebuilds
 * coalesce; file changes and workspace switches run in order in one task queue. Never throws to
 * the page: failures land in state.error (build) or state.storage (saving).
 */
import type { Placement } from '../domain/geo/types';
import type { ColumnMapping } from '../domain/membership/column-mapping';
import type { RecognitionDecision } from '../domain/membership/decisions';
import { distinctFileNames } from '../domain/membership/file-names';
import type { RegisterEntry } from '../domain/membership/register';
import { isCancelled } from '../worker/client';
import type { BuildResult, InputFile, PipelineApi } from '../worker/types';
import * as progress from './load-progress';
import { applyRemembered, headerSignature } from './mapping-memory';
import {
  BUILD_CACHE_FORMAT,
  type BuildCacheEntry,
  buildCacheKey,
  cachedBuildOf,
} from './persistence/build-cache';
import { createSaver } from './persistence/saver';
import {
  NewerSchemaError,
  type SaveOutcome,
  type StoredWorkspace,
  type WorkspaceStorage,
} from './persistence/types';
import * as reduce from './reducers';
import type { BuildOrigin } from './reducers';
import { createTaskQueue } from './task-queue';
import * as views from './saved-views';
import type { AppState, LoadNotice, SavedView, Workspace } from './types';
import * as ws from './workspace';

/** The bundled example files: how many, and how to get their bytes (same-origin fetch). */
export interface ExampleSource {
  readonly count: number;
  fetch(): Promise<InputFile[]>;
}

export interface WorkspaceDeps {
  readonly getState: () => AppState;
  readonly apply: (change: (state: AppState) => AppState) => void;
  readonly pipeline: () => Pick<PipelineApi, 'build' | 'forget'> &
    Partial<Pick<PipelineApi, 'metrics' | 'proposals' | 'adopt'>> & {
      /** `onFile` hears after each file read, for the progress shown. */
      readFiles(
        files: readonly InputFile[],
        onFile?: (done: number, total: number) => void,
      ): ReturnType<PipelineApi['readFiles']>;
      /** Ends the read or build in flight (it rejects as cancelled); absent: nothing to cancel. */
      cancel?(): void;
    };
  /** Opens the storage; a rejection means "work in memory" and its message is shown. */
  readonly openStorage: () => Promise<WorkspaceStorage>;
  readonly newId?: () => string;
  /**
   * A channel to the app's other tabs on one workspace (BroadcastChannel in the browser): a save
   * announces its revision, and a tab hearing a later one takes the stored workspace in.
   * Absent: no other tabs (tests, old browsers).
   */
  readonly channel?: (workspaceId: string) => WorkspaceChannel;
  /** This app's build, part of every build cache key (default: appBuildId()). */
  readonly appBuild?: string;
}

export interface WorkspaceChannel {
  post(revision: number): void;
  listen(onRevision: (revision: number) => void): void;
  close(): void;
}

type Built = Extract<BuildResult, { ok: true }>;

/** Resolves when the page is idle (at most two seconds on), or at once where it cannot tell. */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 2000 });
    else resolve();
  });

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createWorkspaceActions(deps: WorkspaceDeps) {
  const { getState, apply, pipeline } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const queue = createTaskQueue();
  /** Bytes of the open workspace's files: refills a restarted worker, and goes to storage. */
  let bytes = new Map<string, ArrayBuffer>();
  let example: ExampleSource | null = null;
  let exampleBytes: Map<string, ArrayBuffer> | null = null;
  let started: Promise<void> | null = null;

  const saver = createSaver(deps.openStorage, {
    works: () => apply(reduce.storageWorks),
    fails: (message) => apply((st) => reduce.storageFailed(st, message)),
  });
  const { save } = saver;
  const store = saver.storage;
  /** Choices made since the last save storage confirmed: replayed on a newer stored workspace. */
  let unsaved: ((w: Workspace) => Workspace)[] = [];
  let channel: WorkspaceChannel | null = null;

  /** Takes a save's outcome in: the revision written, or another tab's newer workspace. */
  async function settle(s: WorkspaceStorage, outcome: SaveOutcome, saved: Workspace, replayed = 0) {
    if (outcome.ok) {
      unsaved = unsaved.slice(replayed);
      apply((st) =>
        st.workspace.id === saved.id
          ? reduce.workspaceChanged(st, { ...st.workspace, revision: outcome.revision })
          : st,
      );
      channel?.post(outcome.revision);
      return;
    }
    // Another tab saved first: its workspace, with this tab's unsaved choices replayed on top.
    await adopt(s, outcome.stored);
    const again = getState().workspace;
    await settle(s, await s.saveWorkspace(again), again, unsaved.length);
  }

  /** Opens `stored` (another tab's save) in place of the open workspace, keeping unsaved choices. */
  async function adopt(s: WorkspaceStorage, stored: Workspace) {
    if (getState().workspace.id !== stored.id) return;
    const rebased = unsaved.reduce((w, change) => change(w), stored);
    const fresh = rebased.files.filter((f) => !bytes.has(f.name));
    if (fresh.length > 0) {
      const found = await s.load(stored.id).catch(() => null);
      for (const f of fresh) {
        const b = found?.bytes.get(f.name);
        if (b) bytes.set(f.name, b);
      }
    }
    apply((st) =>
      progress.savedWorkNoticed(reduce.workspaceChanged(st, rebased), { kind: 'other-tab' }),
    );
    void rebuild();
  }

  /** Listens to the other tabs on the open workspace (on the example data: to its saved views). */
  function follow(w: Workspace) {
    channel?.close();
    channel = null;
    if (!deps.channel) return;
    if (w.source === 'default') {
      channel = deps.channel(ws.EXAMPLE_ID);
      channel.listen(() => void queue.run(takeExampleViews));
      return;
    }
    if (w.source !== 'files') return;
    channel = deps.channel(w.id);
    channel.listen((revision) => {
      if (revision <= (getState().workspace.revision ?? 0)) return;
      void queue.run(async () => {
        const s = await store();
        const found = s ? await s.load(w.id).catch(() => null) : null;
        const current = getState().workspace.revision ?? 0;
        if (s && found && (found.workspace.revision ?? 0) > current)
          await adopt(s, found.workspace);
      });
    });
  }

  /** The open workspace as it is when the save runs (so quick changes save the latest). */
  const saveWorkspace = () =>
    save(async (s) => {
      const current = getState().workspace;
      if (current.source !== 'files') return;
      await settle(s, await s.saveWorkspace(current), current, unsaved.length);
    });

  const copies = (
    names: readonly string[],
    from = bytes,
    renamed: ReadonlyMap<string, string> = new Map(),
  ): InputFile[] =>
    names.flatMap((name) => {
      const b = from.get(name);
      const renamedFrom = renamed.get(name);
      return b ? [{ name, bytes: b.slice(0), ...(renamedFrom ? { renamedFrom } : {}) }] : [];
    });

  /** Reports the step a load reached, for the busy message. */
  const step = (loadId: number, name: 'read' | 'build', done = 0, total = 0) =>
    apply((s) =>
      progress.loadProgressed(s, loadId, { step: name, done, total, since: Date.now() }),
    );
  const reading = (loadId: number) => (done: number, total: number) =>
    step(loadId, 'read', done, total);
  /** How far the build's metrics are; the step's seconds keep counting from its start. */
  const building = (loadId: number) => (done: number, total: number) =>
    apply((s) =>
      progress.loadProgressed(s, loadId, {
        step: 'build',
        done,
        total,
        since: s.progress?.step === 'build' ? s.progress.since : Date.now(),
      }),
    );

  /** A load ended in an error: cancelled by the user, or failed with a message. */
  const failed = (loadId: number, error: unknown) =>
    apply((s) =>
      isCancelled(error)
        ? progress.loadCancelled(s, loadId)
        : reduce.loadFailed(s, loadId, messageOf(error)),
    );

  /**
   * Builds `w` in the worker: phased (the counts and lists first, organisation metrics and
   * proposals after, see secondPhase) when the worker can, else in one go.
   */
  async function buildOf(w: Workspace, from = bytes, loadId = getState().loadId): Promise<Built> {
    const p = pipeline();
    const request = {
      files: w.files.map((f) => f.name),
      mappings: w.mappings,
      decisions: w.decisions,
      placements: w.placements,
      register: w.register,
      salt: ws.saltOf(w),
      ...(p.metrics && p.proposals ? { phased: true } : {}),
    };
    step(loadId, 'build');
    let result = await p.build(request, building(loadId));
    if (!result.ok) {
      // A restarted worker forgot its reads: give it the files again.
      await p.readFiles(copies(result.missing, from), reading(loadId));
      step(loadId, 'build');
      result = await p.build(request, building(loadId));
      if (!result.ok) {
        throw new Error(
          `The files ${result.missing.join(', ')} are no longer available; remove them and add them again`,
        );
      }
    }
    return result;
  }

  /** The build cache key of `w` from these bytes; null: no cache (the example, no storage). */
  async function keyOf(w: Workspace, from = bytes): Promise<string | null> {
    if (w.source !== 'files') return null;
    const s = await store();
    if (!s?.loadBuild || !s.saveBuild) return null;
    return buildCacheKey(w, from, ws.saltOf(w), deps.appBuild).catch(() => null);
  }

  /** The stored build under `key`, if whole; a broken one is deleted and never shown. */
  async function cachedBuild(key: string): Promise<Built | null> {
    const s = await store();
    if (!s?.loadBuild) return null;
    const raw = await s.loadBuild(key).catch(() => null);
    if (raw === null || raw === undefined) return null;
    const cached = cachedBuildOf(raw, key);
    if (!cached) {
      void s.deleteBuild?.(key).catch(() => undefined);
      return null;
    }
    return { ...cached, ok: true, buildId: 0, metricsPending: false, proposalsPending: false };
  }

  let lastSavedAt = 0;
  /** Stores the shown data under `key` if it is still load `loadId`'s, whole, and built now. */
  async function storeBuild(key: string, loadId: number): Promise<void> {
    const st = getState();
    const data = st.data;
    if (st.loadId !== loadId || !data || data.cacheKey !== key || data.builtFrom !== 'build')
      return;
    if (data.metricsPending || data.proposalsPending || data.source !== 'files') return;
    const s = await store();
    if (!s?.saveBuild) return;
    const { dataset, analysis, model, proposals, previews, reads } = data;
    // Strictly later than the last one, so "the latest" is never a tie.
    lastSavedAt = Math.max(Date.now(), lastSavedAt + 1);
    const entry: BuildCacheEntry = {
      key,
      format: BUILD_CACHE_FORMAT,
      workspace: data.workspaceId,
      savedAt: lastSavedAt,
      built: { dataset, analysis, model, proposals, previews, files: reads },
    };
    // IndexedDB copies the entry (megabytes at scale) on the page's thread: when it is idle.
    await whenIdle();
    // Best effort: a full disk only costs the next reload its build.
    await s.saveBuild(entry).catch(() => undefined);
  }

  /** Names the worker has read since it last forgot everything (a hint: it may have restarted). */
  let workerReads = new Set<string>();
  /** After data shown from the cache: the worker reads the files now, for the next rebuild. */
  const prefetchReads = () =>
    void queue.run(async () => {
      const names = getState()
        .workspace.files.map((f) => f.name)
        .filter((n) => !workerReads.has(n));
      if (names.length === 0) return;
      for (const n of names) workerReads.add(n);
      await pipeline()
        .readFiles(copies(names))
        .catch(() => undefined);
    });

  /** Second phases in flight (the example switch cancels them rather than wait). */
  let secondPhases = 0;
  let secondPhaseDone: Promise<void> = Promise.resolve();

  /**
   * The second phase of the build just shown: proposals, then organisation metrics, each landing
   * as it comes; a later build makes the rest moot, so each step is only asked for while this
   * build is still the one shown (the worker does one thing at a time, and a rebuild waits for
   * the step in flight, never for a step nobody needs). Then the whole build is stored.
   */
  function secondPhase(loadId: number, built: Built, key: string | null): void {
    const p = pipeline();
    const current = () => {
      const data = getState().data;
      return data?.buildId === built.buildId && data.builtFrom === 'build';
    };
    const run = async () => {
      if (built.proposalsPending && p.proposals && current()) {
        const r = await p.proposals(built.buildId);
        if (r) apply((s) => reduce.proposalsArrived(s, r));
      }
      if (built.metricsPending && p.metrics && current()) {
        const r = await p.metrics(built.buildId, (done, total) =>
          apply((s) => reduce.metricsProgressed(s, built.buildId, done, total)),
        );
        if (r) apply((s) => reduce.metricsArrived(s, r));
      }
      if (key) await storeBuild(key, loadId);
    };
    secondPhases++;
    const done = run()
      .catch(async (error: unknown) => {
        if (!isCancelled(error)) {
          apply((s) => reduce.secondPhaseFailed(s, built.buildId, messageOf(error)));
        } else if (current() && getState().data?.metricsPending) {
          // A cancelled load ended the worker under it, and this build is still shown: make
          // it again rather than leave it half made.
          await rebuild();
        }
      })
      .finally(() => secondPhases--);
    secondPhaseDone = Promise.all([secondPhaseDone, done]).then(() => undefined);
  }

  /** Shows what load `loadId` gave, then (for a build) its second phase. */
  function show(built: Built, origin: BuildOrigin, land: (s: AppState) => AppState) {
    apply(land);
    // workspaceBuilt opens the workspace, which is a load of its own.
    const shownAs = getState().loadId;
    if (origin.builtFrom === 'cache') {
      // The county views and partner finder ask the worker about the data shown.
      void pipeline()
        .adopt?.(built)
        .catch(() => undefined);
      prefetchReads();
      return;
    }
    secondPhase(shownAs, built, origin.cacheKey);
  }

  /** Builds the open workspace (or takes its stored build) and shows the result. */
  async function buildNow(files = 0, notice?: (built: Built) => LoadNotice): Promise<void> {
    apply((s) => reduce.loadStarted(s, files));
    const loadId = getState().loadId;
    try {
      const w = getState().workspace;
      const key = await keyOf(w);
      const cached = key ? await cachedBuild(key) : null;
      const built = cached ?? (await buildOf(w, bytes, loadId));
      for (const f of w.files) if (!cached) workerReads.add(f.name);
      const origin: BuildOrigin = { builtFrom: cached ? 'cache' : 'build', cacheKey: key };
      show(built, origin, (s) =>
        reduce.loadSucceeded(s, loadId, built, notice?.(built) ?? null, origin),
      );
    } catch (error) {
      failed(loadId, error);
    }
  }

  /**
   * Bumped when the user leaves for the example data: a rebuild queued before that is moot, and
   * must not make the example wait for a long build of the workspace being left.
   */
  let epoch = 0;
  const rebuild = () => {
    const at = epoch;
    return queue.coalesce(() => (at === epoch ? buildNow() : Promise.resolve()));
  };

  /** A choice: lands at once, then a (coalesced) rebuild and a save. */
  const choose = (change: (w: Workspace) => Workspace) => {
    const next = change(getState().workspace);
    if (next === getState().workspace) return Promise.resolve();
    unsaved.push(change);
    apply((s) => reduce.workspaceChanged(s, next));
    return Promise.all([rebuild(), saveWorkspace()]).then(() => undefined);
  };

  /**
   * The example data's saved views as they are when the save runs, told to the other tabs on
   * the example: the last list saved wins, and every tab ends up showing it.
   */
  const saveExampleViews = () =>
    save(async (s) => {
      const current = getState().workspace;
      if (current.source !== 'default') return;
      await s.saveExampleViews(views.savedViewsOf(current));
      channel?.post(Date.now());
    });

  /** The example data's stored saved views, read after the saves asked for before; none if lost. */
  async function storedExampleViews(): Promise<SavedView[]> {
    let found: SavedView[] = [];
    await save(async (s) => {
      found = await s.exampleViews().catch(() => []);
    });
    return found;
  }

  /** Another tab saved the example's views: this tab shows the stored list. */
  async function takeExampleViews() {
    if (getState().workspace.source !== 'default') return;
    const kept = await storedExampleViews();
    apply((st) =>
      st.workspace.source === 'default'
        ? reduce.workspaceChanged(st, { ...st.workspace, savedViews: kept })
        : st,
    );
  }

  /**
   * A change that needs no rebuild (saved views): lands at once and is saved. The example data
   * is never stored, but its saved views are, on their own (persistence/example-views.ts).
   */
  const keep = (change: (w: Workspace) => Workspace) => {
    const next = change(getState().workspace);
    if (next === getState().workspace) return Promise.resolve();
    if (next.source === 'default') {
      apply((s) => reduce.workspaceChanged(s, next));
      return saveExampleViews();
    }
    unsaved.push(change);
    apply((s) => reduce.workspaceChanged(s, next));
    return saveWorkspace();
  };

  /** Opens a workspace whose bytes are at hand, forgetting the reads of the one before. */
  async function open(w: Workspace, files: Map<string, ArrayBuffer>, pending: number) {
    bytes = files;
    unsaved = [];
    follow(w);
    workerReads = new Set();
    // Not waited for: the worker takes calls in order, and data from the cache needs no worker.
    const forgotten = pipeline().forget();
    apply((s) => reduce.workspaceOpened(s, w));
    await buildNow(pending);
    await forgotten;
  }

  async function openExampleNow(): Promise<void> {
    if (!example) return;
    apply((s) => reduce.loadStarted(s, example!.count));
    const loadId = getState().loadId;
    try {
      exampleBytes ??= new Map((await example.fetch()).map((f) => [f.name, f.bytes]));
    } catch (error) {
      apply((s) => reduce.loadFailed(s, loadId, messageOf(error)));
      return;
    }
    const files = [...exampleBytes].map(([name, b]) => ({ name, size: b.byteLength }));
    // Saved before the build, so a reload right after the data shows opens the same workspace.
    const saved = save((s) => s.setCurrent(ws.EXAMPLE_ID));
    const kept = await storedExampleViews();
    const workspace = ws.exampleWorkspace(files);
    await open(
      kept.length > 0 ? { ...workspace, savedViews: kept } : workspace,
      exampleBytes,
      example.count,
    );
    await saved;
  }

  async function openStored(id: string): Promise<boolean> {
    const s = await store();
    let stored: StoredWorkspace | null = null;
    try {
      stored = s ? await s.load(id) : null;
    } catch (error) {
      // A record from a newer app: said so, and left untouched (this app writes nothing to it).
      if (error instanceof NewerSchemaError) {
        apply((st) =>
          progress.savedWorkNoticed(st, {
            kind: 'newer',
            found: error.found,
            known: error.known,
          }),
        );
      }
      return false;
    }
    if (!stored) return false;
    // A file whose bytes were lost cannot be rebuilt; the workspace opens without it, and says so.
    const missing = stored.workspace.files.filter((f) => !stored.bytes.has(f.name));
    const workspace = missing.reduce((w, f) => ws.withoutFile(w, f.name), stored.workspace);
    const saved = save((st) => st.setCurrent(id));
    await open(workspace, new Map(stored.bytes), workspace.files.length);
    apply((st) =>
      progress.savedWorkNoticed(
        st,
        missing.length > 0 ? { kind: 'missing-files', names: missing.map((f) => f.name) } : null,
      ),
    );
    await saved;
    return true;
  }

  async function addFilesNow(files: readonly File[]): Promise<void> {
    apply((s) => reduce.loadStarted(s, files.length));
    const loadId = getState().loadId;
    try {
      // Same-named files of one drop are all kept, the later renamed (file-names.ts).
      const inputs = distinctFileNames(
        await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))),
      );
      const listed = inputs.map((i) => ({ name: i.name, size: i.bytes.byteLength }));
      const fresh = getState().workspace.source === 'default';
      if (fresh) {
        await pipeline().forget();
        workerReads = new Set();
      }
      const summary = await pipeline().readFiles(
        copies(
          listed.map((f) => f.name),
          new Map(inputs.map((i) => [i.name, i.bytes])),
          new Map(inputs.flatMap((i) => (i.renamedFrom ? [[i.name, i.renamedFrom]] : []))),
        ),
        reading(loadId),
      );
      const added = (w: Workspace) =>
        applyRemembered(ws.withFiles(w, listed), summary.previews, getState().mappingMemory);
      const loaded = (built: Built): LoadNotice => ({
        kind: 'loaded',
        files: inputs.length,
        rejected: built.dataset.report.rejected.length,
      });
      if (fresh) {
        const w = added(ws.emptyWorkspace(newId()));
        const own = new Map(inputs.map((i) => [i.name, i.bytes]));
        const built = await buildOf(w, own, loadId);
        if (built.dataset.memberships.length === 0) {
          // Nothing usable: the example stays. Its reads are refilled on its next build.
          await pipeline().forget();
          apply((s) => reduce.nothingUsable(s, loadId, built));
          return;
        }
        bytes = own;
        for (const i of inputs) workerReads.add(i.name);
        unsaved = [];
        follow(w);
        const origin: BuildOrigin = { builtFrom: 'build', cacheKey: await keyOf(w, own) };
        show(built, origin, (s) =>
          reduce.workspaceBuilt(s, loadId, w, built, loaded(built), origin),
        );
      } else {
        for (const i of inputs) {
          bytes.set(i.name, i.bytes);
          workerReads.add(i.name);
        }
        apply((s) => reduce.workspaceChanged(s, added(s.workspace)));
        await buildNow(files.length, loaded);
      }
      // The bytes and the record naming them in one transaction, and only then "open this one
      // next time": a tab closed at any moment reopens a workspace whose files are all there.
      await save(async (s) => {
        const saved = getState().workspace;
        if (saved.source !== 'files') return;
        const outcome = await s.saveWithFiles(saved, inputs);
        await settle(s, outcome, saved, unsaved.length);
        if (fresh) await s.setCurrent(saved.id);
      });
    } catch (error) {
      failed(loadId, error);
    }
  }

  return {
    /** Restores the workspace open when the page was left, else opens the example data. */
    start(source: ExampleSource): Promise<void> {
      // Once per page (React's StrictMode runs start-up effects twice in development).
      if (started) return started;
      example = source;
      return (started = queue.run(async () => {
        const s = await store();
        if (s) {
          const memory = await s.mappingMemory().catch(() => ({}));
          apply((st) => reduce.mappingMemoryLoaded(st, memory));
          const current = await s.current().catch(() => null);
          if (current && current !== ws.EXAMPLE_ID && (await openStored(current))) return;
        }
        await openExampleNow();
      }));
    },
    /** Adds to a user workspace; on the example data starts a new one (unless nothing in the files is usable). */
    addFiles: (files: readonly File[]) =>
      files.length === 0 ? Promise.resolve() : queue.run(() => addFilesNow([...files])),
    removeFile: (name: string) =>
      queue.run(async () => {
        const w = getState().workspace;
        if (w.source !== 'files' || !w.files.some((f) => f.name === name)) return;
        bytes.delete(name);
        apply((s) => reduce.workspaceChanged(s, ws.withoutFile(s.workspace, name)));
        await pipeline().forget([name]);
        await Promise.all([buildNow(), saveWorkspace(), save((s) => s.deleteFile(w.id, name))]);
      }),
    newWorkspace: () =>
      queue.run(async () => {
        const w = ws.emptyWorkspace(newId());
        await open(w, new Map(), 0);
        await save(async (s) => {
          await settle(s, await s.saveWorkspace(w), w);
          await s.setCurrent(w.id);
        });
      }),
    /** Back to the example data; a load in progress is cancelled first, so it never waits on it. */
    openExample: () => {
      epoch++;
      // A second phase in flight would make the example wait for work nobody needs now.
      if (getState().status === 'loading' || secondPhases > 0) pipeline().cancel?.();
      return queue.run(openExampleNow);
    },
    /** Cancels the read or build in progress; what was shown before stays. */
    cancelLoad: () => {
      if (getState().status === 'loading') pipeline().cancel?.();
    },
    /** Opens a saved workspace; false when it is not (or no longer) stored. */
    openWorkspace: (id: string) => {
      let found = false;
      return queue
        .run(async () => {
          found = await openStored(id);
        })
        .then(() => found);
    },
    /** Saved user workspaces, newest first; none when storage does not work. */
    listWorkspaces: async (): Promise<Workspace[]> => {
      const s = await store();
      return s ? s.list().catch(() => []) : [];
    },
    setMapping(tableKey: string, mapping: ColumnMapping) {
      const table = getState().data?.previews.find((p) => p.key === tableKey);
      if (table && table.headerRow > 0) {
        const signature = headerSignature(table.header);
        apply((s) => reduce.mappingRemembered(s, signature, mapping));
        void save((s) => s.rememberMapping(signature, mapping));
      }
      return choose((w) => ws.withMapping(w, tableKey, mapping, 'user'));
    },
    addDecision: (decision: RecognitionDecision) => choose((w) => ws.withDecisions(w, [decision])),
    /** Each decision is its own undo step (undoDecision removes one; undoDecisions several). */
    addDecisions: (decisions: readonly RecognitionDecision[]) =>
      choose((w) => ws.withDecisions(w, decisions)),
    undoDecision: (index?: number) => choose((w) => ws.withoutDecision(w, index)),
    /** Removes the decisions at these indices in one rebuild (e.g. undoing a batch). */
    undoDecisions: (indices: readonly number[]) =>
      choose((w) =>
        [...new Set(indices)]
          .sort((a, b) => b - a)
          .reduce((acc, i) => ws.withoutDecision(acc, i), w),
      ),
    placeOrganisations: (ids: readonly string[], placement: Placement) =>
      choose((w) => ws.withPlacements(w, ids, placement)),
    clearPlacement: (id: string) => choose((w) => ws.withoutPlacement(w, id)),
    addRegisterEntries: (entries: readonly RegisterEntry[]) =>
      choose((w) => ws.withRegisterEntries(w, entries)),
    saveView: (view: SavedView) => keep((w) => views.withSavedView(w, view)),
    renameView: (id: string, name: string) => keep((w) => views.withViewRenamed(w, id, name)),
    removeView: (id: string) => keep((w) => views.withoutSavedView(w, id)),
    moveView: (id: string, by: number) => keep((w) => views.withViewMoved(w, id, by)),
    /**
     * Opens a workspace read from a workspace file as a new workspace (a new id; the salt kept,
     * so its saved views' ids still match), saved with its files' bytes and opened next time.
     */
    importWorkspace: (imported: Workspace, files: ReadonlyMap<string, ArrayBuffer>) =>
      queue.run(async () => {
        epoch++;
        const w: Workspace = {
          ...imported,
          id: newId(),
          source: 'files',
          created: Date.now(),
          revision: 0,
        };
        const own = new Map(files);
        await open(w, own, w.files.length);
        await save(async (s) => {
          const outcome = await s.saveWithFiles(
            w,
            w.files.flatMap((f) => {
              const b = own.get(f.name);
              return b ? [{ name: f.name, bytes: b }] : [];
            }),
          );
          await settle(s, outcome, w);
          await s.setCurrent(w.id);
        });
      }),
    /** The open workspace's file bytes (copies), for a workspace file. */
    fileBytes: (): Map<string, ArrayBuffer> =>
      new Map(
        [...(getState().workspace.source === 'default' && exampleBytes ? exampleBytes : bytes)].map(
          ([n, b]) => [n, b.slice(0)],
        ),
      ),
    /** Resolves when every save so far has finished (tests, and before a reload). */
    saved: () => saver.idle(),
    /** Resolves when the second phases started so far (metrics, proposals, storing) are done. */
    settled: () => secondPhaseDone,
  };
}

export type WorkspaceActions = ReturnType<typeof createWorkspaceActions>;
