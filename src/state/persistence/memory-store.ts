/**
 * Workspace storage in memory: for tests, and the fallback when the browser refuses IndexedDB
 * (some private modes). Same behaviour as the IndexedDB store, gone on reload: it keeps the
 * records as IndexedDB would (a structured clone of the versioned record), reads them back
 * through the migrations, and refuses a stale save the same way. `seed` puts records in as an
 * older app saved them, to test the migrations.
 */
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import { safeRecord } from '../../domain/records/safe-record';
import type { Workspace } from '../types';
import { type BuildCacheEntry, KEPT_BUILDS } from './build-cache';
import { exampleViewsOf, exampleViewsRecord } from './example-views';
import { migrate } from './migrations';
import { fromRecord, toRecord } from './record';
import { NewerSchemaError, type SaveOutcome, type WorkspaceStorage } from './types';

export interface MemorySeed {
  /** Stored records, in any schema version, each with an `id`. */
  readonly workspaces?: readonly unknown[];
  readonly files?: readonly { workspace: string; name: string; bytes: ArrayBuffer }[];
  readonly current?: string;
  /** The example data's saved views record, as stored (example-views.ts). */
  readonly exampleViews?: unknown;
}

export function createMemoryStorage(seed: MemorySeed = {}): WorkspaceStorage {
  let current: string | null = seed.current ?? null;
  const records = new Map<string, unknown>();
  for (const r of seed.workspaces ?? []) records.set(String((r as { id: unknown }).id), r);
  const files = new Map<string, Map<string, ArrayBuffer>>();
  for (const f of seed.files ?? []) {
    const of = files.get(f.workspace) ?? new Map<string, ArrayBuffer>();
    of.set(f.name, f.bytes.slice(0));
    files.set(f.workspace, of);
  }
  const memory = safeRecord<ColumnMapping>();
  /** Built models as IndexedDB would keep them: structured clones, the latest KEPT_BUILDS. */
  const builds = new Map<string, BuildCacheEntry>();
  /** The example's saved views as the settings store would hold them. */
  let exampleViews: unknown = seed.exampleViews;

  const opened = (raw: unknown): Workspace | null => {
    if (raw === undefined) return null;
    const migrated = migrate(raw);
    if (migrated.ok) return fromRecord(migrated.record);
    if (migrated.reason === 'newer') throw new NewerSchemaError(migrated.found, migrated.known);
    return null;
  };

  const putIfCurrent = (workspace: Workspace): SaveOutcome => {
    const raw = records.get(workspace.id);
    const migrated = raw === undefined ? null : migrate(raw);
    if (migrated && !migrated.ok && migrated.reason === 'newer') {
      throw new NewerSchemaError(migrated.found, migrated.known);
    }
    const stored = migrated?.ok ? migrated.record.revision : 0;
    const mine = workspace.revision ?? 0;
    if (migrated?.ok && stored > mine) return { ok: false, stored: fromRecord(migrated.record) };
    const revision = Math.max(stored, mine) + 1;
    records.set(workspace.id, structuredClone(toRecord(workspace, revision)));
    return { ok: true, revision };
  };

  const saveFile = (id: string, name: string, bytes: ArrayBuffer) => {
    const of = files.get(id) ?? new Map<string, ArrayBuffer>();
    of.set(name, bytes.slice(0));
    files.set(id, of);
  };

  return {
    current: async () => current,
    async setCurrent(id) {
      current = id;
    },
    async load(id) {
      const workspace = opened(records.get(id));
      if (!workspace) return null;
      const stored = files.get(id) ?? new Map<string, ArrayBuffer>();
      const bytes = new Map<string, ArrayBuffer>();
      for (const f of workspace.files) {
        const b = stored.get(f.name);
        if (b) bytes.set(f.name, b.slice(0));
      }
      return { workspace, bytes };
    },
    list: async () =>
      [...records.values()]
        .flatMap((r) => {
          const migrated = migrate(r);
          return migrated.ok ? [fromRecord(migrated.record)] : [];
        })
        .sort((a, b) => (b.created ?? 0) - (a.created ?? 0)),
    saveWorkspace: async (workspace) => putIfCurrent(workspace),
    async saveWithFiles(workspace, list) {
      const outcome = putIfCurrent(workspace);
      if (outcome.ok) for (const f of list) saveFile(workspace.id, f.name, f.bytes);
      return outcome;
    },
    async saveFile(id, name, bytes) {
      saveFile(id, name, bytes);
    },
    async deleteFile(id, name) {
      files.get(id)?.delete(name);
    },
    async deleteWorkspace(id) {
      records.delete(id);
      files.delete(id);
      for (const [key, entry] of builds) if (entry.workspace === id) builds.delete(key);
    },
    loadBuild: async (key) => (builds.has(key) ? structuredClone(builds.get(key)) : null),
    async saveBuild(entry) {
      // Map order is the order of saving: the first ones are the oldest.
      builds.delete(entry.key);
      builds.set(entry.key, structuredClone(entry));
      for (const key of [...builds.keys()].slice(0, Math.max(0, builds.size - KEPT_BUILDS))) {
        builds.delete(key);
      }
    },
    async deleteBuild(key) {
      builds.delete(key);
    },
    mappingMemory: async () => safeRecord(memory),
    async rememberMapping(signature, mapping) {
      memory[signature] = mapping;
    },
    exampleViews: async () => exampleViewsOf(structuredClone(exampleViews)),
    async saveExampleViews(views) {
      exampleViews = structuredClone(exampleViewsRecord(views));
    },
  };
}
