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
import type { BuildResult, InputFile, PipelineApi } from '../worker/types';
import { applyRemembered, headerSignature } from './mapping-memory';
import { createSaver } from './persistence/saver';
import type { WorkspaceStorage } from './persistence/types';
import * as reduce from './reducers';
import { createTaskQueue } from './task-queue';
import type { AppState, LoadNotice, Workspace } from './types';
import * as ws from './workspace';

/** The bundled example files: how many, and how to get their bytes (same-origin fetch). */
export interface ExampleSource {
  readonly count: number;
  fetch(): Promise<InputFile[]>;
}

export interface WorkspaceDeps {
  readonly getState: () => AppState;
  readonly apply: (change: (state: AppState) => AppState) => void;
  readonly pipeline: () => Pick<PipelineApi, 'readFiles' | 'build' | 'forget'>;
  /** Opens the storage; a rejection means "work in memory" and its message is shown. */
  readonly openStorage: () => Promise<WorkspaceStorage>;
  readonly newId?: () => string;
}

type Built = Extract<BuildResult, { ok: true }>;

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
  /** The open workspace as it is when the save runs (so quick changes save the latest). */
  const saveWorkspace = () =>
    save(async (s) => {
      const current = getState().workspace;
      if (current.source === 'files') await s.saveWorkspace(current);
    });

  const copies = (names: readonly string[], from = bytes): InputFile[] =>
    names.flatMap((name) => {
      const b = from.get(name);
      return b ? [{ name, bytes: b.slice(0) }] : [];
    });

  async function buildOf(w: Workspace, from = bytes): Promise<Built> {
    const request = {
      files: w.files.map((f) => f.name),
      mappings: w.mappings,
      decisions: w.decisions,
      placements: w.placements,
      register: w.register,
    };
    let result = await pipeline().build(request);
    if (!result.ok) {
      // A restarted worker forgot its reads: give it the files again.
      await pipeline().readFiles(copies(result.missing, from));
      result = await pipeline().build(request);
      if (!result.ok) {
        throw new Error(
          `The files ${result.missing.join(', ')} are no longer available; remove them and add them again`,
        );
      }
    }
    return result;
  }

  /** Builds the open workspace and shows the result. */
  async function buildNow(files = 0, notice?: (built: Built) => LoadNotice): Promise<void> {
    apply((s) => reduce.loadStarted(s, files));
    const loadId = getState().loadId;
    try {
      const built = await buildOf(getState().workspace);
      apply((s) => reduce.loadSucceeded(s, loadId, built, notice?.(built) ?? null));
    } catch (error) {
      apply((s) => reduce.loadFailed(s, loadId, messageOf(error)));
    }
  }

  const rebuild = () => queue.coalesce(() => buildNow());

  /** A choice: lands at once, then a (coalesced) rebuild and a save. */
  const choose = (change: (w: Workspace) => Workspace) => {
    const next = change(getState().workspace);
    if (next === getState().workspace) return Promise.resolve();
    apply((s) => reduce.workspaceChanged(s, next));
    return Promise.all([rebuild(), saveWorkspace()]).then(() => undefined);
  };

  /** Opens a workspace whose bytes are at hand, forgetting the reads of the one before. */
  async function open(w: Workspace, files: Map<string, ArrayBuffer>, pending: number) {
    bytes = files;
    await pipeline().forget();
    apply((s) => reduce.workspaceOpened(s, w));
    await buildNow(pending);
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
    await open(ws.exampleWorkspace(files), exampleBytes, example.count);
    await saved;
  }

  async function openStored(id: string): Promise<boolean> {
    const s = await store();
    const stored = s ? await s.load(id).catch(() => null) : null;
    if (!stored) return false;
    // A file whose bytes were lost cannot be rebuilt; the workspace opens without it.
    const workspace = stored.workspace.files.reduce(
      (w, f) => (stored.bytes.has(f.name) ? w : ws.withoutFile(w, f.name)),
      stored.workspace,
    );
    const saved = save((st) => st.setCurrent(id));
    await open(workspace, new Map(stored.bytes), workspace.files.length);
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
      let current: Promise<void> = Promise.resolve();
      if (fresh) await pipeline().forget();
      const summary = await pipeline().readFiles(
        inputs.map((i) => ({ ...i, bytes: i.bytes.slice(0) })),
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
        const built = await buildOf(w, own);
        if (built.dataset.memberships.length === 0) {
          // Nothing usable: the example stays. Its reads are refilled on its next build.
          await pipeline().forget();
          apply((s) => reduce.nothingUsable(s, loadId, built));
          return;
        }
        bytes = own;
        apply((s) => reduce.workspaceBuilt(s, loadId, w, built, loaded(built)));
        current = save((s) => s.setCurrent(w.id));
      } else {
        for (const i of inputs) bytes.set(i.name, i.bytes);
        apply((s) => reduce.workspaceChanged(s, added(s.workspace)));
        await buildNow(files.length, loaded);
      }
      const id = getState().workspace.id;
      await Promise.all([
        current,
        saveWorkspace(),
        ...inputs.map((i) => save((s) => s.saveFile(id, i.name, i.bytes))),
      ]);
    } catch (error) {
      apply((s) => reduce.loadFailed(s, loadId, messageOf(error)));
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
        const saved = Promise.all([
          save((s) => s.saveWorkspace(w)),
          save((s) => s.setCurrent(w.id)),
        ]);
        await open(w, new Map(), 0);
        await saved;
      }),
    openExample: () => queue.run(openExampleNow),
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
    /** Resolves when every save so far has finished (tests, and before a reload). */
    saved: () => saver.idle(),
  };
}

export type WorkspaceActions = ReturnType<typeof createWorkspaceActions>;
