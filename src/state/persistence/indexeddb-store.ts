/**
 * Workspace storage in the browser's IndexedDB (plain API, no library): one object store for
 * workspaces, one for file bytes (so saving a decision does not rewrite megabytes of files), one
 * for small settings (the open workspace, remembered mappings, the example data's saved views),
 * one for built models (the last KEPT_BUILDS builds, by the key of their inputs: build-cache.ts)
 * and one for their large collections, in slices. Nothing leaves the browser.
 * Workspaces are stored as versioned records (migrations.ts), read back through the migrations;
 * a save checks the stored revision in the same transaction, so a stale tab cannot overwrite.
 */
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import type { Workspace } from '../types';
import {
  createPieceCollector,
  SLICE_ITEMS,
  splitLarge,
  type Slice,
} from '../../domain/records/pieces';
import { KEPT_BUILDS } from './build-cache';
import { EXAMPLE_VIEWS_KEY, exampleViewsOf, exampleViewsRecord } from './example-views';
import { migrate } from './migrations';
import { fromRecord, toRecord } from './record';
import { NewerSchemaError, type SaveOutcome, type WorkspaceStorage } from './types';

const DB_NAME = 'klyngekart';
/**
 * The database's version: its object stores, not the records in them (those carry their own
 * schemaVersion, migrations.ts). Each upgrade step only adds stores, so every workspace, file and
 * setting of an older version is still there after it.
 * 1: workspaces, files, settings.
 * 2: builds (built models by the key of their inputs, indexed by workspace and by savedAt).
 * 3: build-slices (a built model's large collections, by [key, n]: pieces.ts).
 */
export const DB_VERSION = 3;
const WORKSPACES = 'workspaces';
const FILES = 'files';
const SETTINGS = 'settings';
const BUILDS = 'builds';
const BUILD_SLICES = 'build-slices';
const MAPPING_PREFIX = 'mapping:';

interface FileRecord {
  readonly workspace: string;
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted'));
  });
}

export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => upgradeStores(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of this app'));
  });
}

/** Adds the stores a database of an older version lacks; never touches what is in them. */
function upgradeStores(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(WORKSPACES))
    db.createObjectStore(WORKSPACES, { keyPath: 'id' });
  if (!db.objectStoreNames.contains(FILES)) {
    const files = db.createObjectStore(FILES, { keyPath: ['workspace', 'name'] });
    files.createIndex('workspace', 'workspace');
  }
  if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
  if (!db.objectStoreNames.contains(BUILDS)) {
    const builds = db.createObjectStore(BUILDS, { keyPath: 'key' });
    builds.createIndex('workspace', 'workspace');
    builds.createIndex('savedAt', 'savedAt');
  }
  if (!db.objectStoreNames.contains(BUILD_SLICES))
    db.createObjectStore(BUILD_SLICES, { keyPath: ['key', 'n'] });
}

/** Every slice of the build `key` ([key, n] for any number n sorts below [key, []]). */
const slicesOf = (key: string) => IDBKeyRange.bound([key], [key, []]);

/** A stored build: the entry with its large collections taken out, and how many slices they are. */
interface StoredBuild {
  readonly key: string;
  readonly built: unknown;
  readonly slices?: number;
}

interface SliceRecord {
  readonly key: string;
  readonly n: number;
  readonly slice: Slice;
}

/** In `tx`: deletes every build but the `keep` latest (by savedAt), reading keys only. */
function pruneBuilds(tx: IDBTransaction, keep: number): void {
  const cursor = tx.objectStore(BUILDS).index('savedAt').openKeyCursor(null, 'prev');
  let seen = 0;
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    if (++seen > keep) {
      tx.objectStore(BUILDS).delete(at.primaryKey);
      tx.objectStore(BUILD_SLICES).delete(slicesOf(String(at.primaryKey)));
    }
    at.continue();
  };
}

/** The stored record as a workspace, or null; a newer schema throws, a broken record is null. */
function opened(raw: unknown): Workspace | null {
  if (raw === undefined) return null;
  const migrated = migrate(raw);
  if (migrated.ok) return fromRecord(migrated.record);
  if (migrated.reason === 'newer') throw new NewerSchemaError(migrated.found, migrated.known);
  return null;
}

/**
 * In `tx`: writes the workspace as its next revision unless the stored one is later. Runs the
 * read and the write in the one transaction, so no other tab's save can land in between.
 */
function putIfCurrent(tx: IDBTransaction, workspace: Workspace): Promise<SaveOutcome> {
  return new Promise((resolve, reject) => {
    const store = tx.objectStore(WORKSPACES);
    const get = store.get(workspace.id);
    get.onerror = () => reject(get.error ?? new Error('IndexedDB read failed'));
    get.onsuccess = () => {
      const raw: unknown = get.result;
      const migrated = raw === undefined ? null : migrate(raw);
      if (migrated && !migrated.ok && migrated.reason === 'newer') {
        reject(new NewerSchemaError(migrated.found, migrated.known));
        return;
      }
      const stored = migrated?.ok ? migrated.record.revision : 0;
      const mine = workspace.revision ?? 0;
      if (migrated?.ok && stored > mine) {
        resolve({ ok: false, stored: fromRecord(migrated.record) });
        return;
      }
      const revision = Math.max(stored, mine) + 1;
      store.put(toRecord(workspace, revision));
      resolve({ ok: true, revision });
    };
  });
}

export function createIndexedDbStorage(db: IDBDatabase): WorkspaceStorage {
  const write = async (stores: string[], work: (tx: IDBTransaction) => void) => {
    const tx = db.transaction(stores, 'readwrite');
    work(tx);
    await finished(tx);
  };
  return {
    async current() {
      const value = await done(db.transaction(SETTINGS).objectStore(SETTINGS).get('current'));
      return typeof value === 'string' ? value : null;
    },
    setCurrent: (id) => write([SETTINGS], (tx) => tx.objectStore(SETTINGS).put(id, 'current')),
    async load(id) {
      const tx = db.transaction([WORKSPACES, FILES]);
      const workspace = opened(await done(tx.objectStore(WORKSPACES).get(id)));
      if (!workspace) return null;
      const records = (await done(
        tx.objectStore(FILES).index('workspace').getAll(id),
      )) as FileRecord[];
      const bytes = new Map(records.map((r) => [r.name, r.bytes]));
      return { workspace, bytes };
    },
    async list() {
      const raw = (await done(
        db.transaction(WORKSPACES).objectStore(WORKSPACES).getAll(),
      )) as unknown[];
      // A record this app cannot open (newer, broken) is left out of the list, and left alone.
      const all = raw.flatMap((r) => {
        const migrated = migrate(r);
        return migrated.ok ? [fromRecord(migrated.record)] : [];
      });
      return all.sort((a, b) => (b.created ?? 0) - (a.created ?? 0));
    },
    async saveWorkspace(workspace) {
      const tx = db.transaction([WORKSPACES], 'readwrite');
      const [outcome] = await Promise.all([putIfCurrent(tx, workspace), finished(tx)]);
      return outcome;
    },
    async saveWithFiles(workspace, files) {
      const tx = db.transaction([FILES, WORKSPACES], 'readwrite');
      // Bytes first, then the record naming them, all or nothing: a tab closed in between
      // leaves neither, never a workspace whose files are gone.
      for (const { name, bytes } of files) {
        tx.objectStore(FILES).put({ workspace: workspace.id, name, bytes } satisfies FileRecord);
      }
      const outcome = putIfCurrent(tx, workspace).then((o) => {
        if (!o.ok) tx.abort();
        return o;
      });
      const end = finished(tx).catch((error: unknown) => {
        if (tx.error === null) return; // aborted on purpose: the outcome says why
        throw error;
      });
      const [result] = await Promise.all([outcome, end]);
      return result;
    },
    saveFile: (workspace, name, bytes) =>
      write([FILES], (tx) =>
        tx.objectStore(FILES).put({ workspace, name, bytes } satisfies FileRecord),
      ),
    deleteFile: (workspace, name) =>
      write([FILES], (tx) => tx.objectStore(FILES).delete([workspace, name])),
    deleteWorkspace: (id) =>
      write([WORKSPACES, FILES, BUILDS, BUILD_SLICES], (tx) => {
        tx.objectStore(WORKSPACES).delete(id);
        // Arrays sort after strings, so [id, []] is above every [id, name].
        tx.objectStore(FILES).delete(IDBKeyRange.bound([id], [id, []]));
        // Its built models hold its data too.
        const builds = tx.objectStore(BUILDS);
        const keys = builds.index('workspace').getAllKeys(id);
        keys.onsuccess = () => {
          for (const key of keys.result) {
            builds.delete(key);
            tx.objectStore(BUILD_SLICES).delete(slicesOf(String(key)));
          }
        };
      }),
    async loadBuild(key) {
      const found = (await done(db.transaction(BUILDS).objectStore(BUILDS).get(key))) as
        StoredBuild | undefined;
      if (!found) return null;
      if (!found.slices) return found;
      // One slice per read, so the page takes each in a short task.
      const collector = createPieceCollector();
      for (let n = 0; n < found.slices; n++) {
        const record = (await done(
          db.transaction(BUILD_SLICES).objectStore(BUILD_SLICES).get([key, n]),
        )) as SliceRecord | undefined;
        // A slice lost (a tab closed while storing): the entry is broken, and built anew.
        if (!record) return null;
        collector.add(record.slice);
      }
      try {
        return { ...found, built: collector.join(found.built) };
      } catch {
        return null;
      }
    },
    /**
     * IndexedDB copies what it stores on the page's thread, in one go per put: a build of 127 600
     * organisations blocked the page for 4 s. Stored in slices, one put and one task each, the
     * entry last, so an entry is only found once all of its slices are there.
     */
    async saveBuild(entry) {
      const { skeleton, slices } = splitLarge(entry.built, SLICE_ITEMS);
      await write([BUILD_SLICES], (tx) => tx.objectStore(BUILD_SLICES).delete(slicesOf(entry.key)));
      for (const [n, slice] of slices.entries()) {
        await write([BUILD_SLICES], (tx) =>
          tx.objectStore(BUILD_SLICES).put({ key: entry.key, n, slice } satisfies SliceRecord),
        );
      }
      await write([BUILDS, BUILD_SLICES], (tx) => {
        tx.objectStore(BUILDS).put({ ...entry, built: skeleton, slices: slices.length });
        pruneBuilds(tx, KEPT_BUILDS);
      });
    },
    deleteBuild: (key) =>
      write([BUILDS, BUILD_SLICES], (tx) => {
        tx.objectStore(BUILDS).delete(key);
        tx.objectStore(BUILD_SLICES).delete(slicesOf(key));
      }),
    async mappingMemory() {
      const store = db.transaction(SETTINGS).objectStore(SETTINGS);
      const range = IDBKeyRange.bound(MAPPING_PREFIX, `${MAPPING_PREFIX}\uffff`);
      const [keys, values] = await Promise.all([
        done(store.getAllKeys(range)),
        done(store.getAll(range)),
      ]);
      return Object.fromEntries(
        keys.map((k, i) => [String(k).slice(MAPPING_PREFIX.length), values[i] as ColumnMapping]),
      );
    },
    rememberMapping: (signature, mapping) =>
      write([SETTINGS], (tx) =>
        tx.objectStore(SETTINGS).put(mapping, `${MAPPING_PREFIX}${signature}`),
      ),
    async exampleViews() {
      const store = db.transaction(SETTINGS).objectStore(SETTINGS);
      return exampleViewsOf(await done(store.get(EXAMPLE_VIEWS_KEY)));
    },
    saveExampleViews: (views) =>
      write([SETTINGS], (tx) =>
        tx.objectStore(SETTINGS).put(exampleViewsRecord(views), EXAMPLE_VIEWS_KEY),
      ),
  };
}
