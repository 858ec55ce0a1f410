/**
 * Workspace storage in the browser's IndexedDB (plain API, no library): one object store for
 * workspaces, one for file bytes (so saving a decision does not rewrite megabytes of files), one
 * for small settings (the open workspace, remembered mappings). Nothing leaves the browser.
 */
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import type { Workspace } from '../types';
import type { WorkspaceStorage } from './types';

const DB_NAME = 'klyngekart';
const VERSION = 1;
const WORKSPACES = 'workspaces';
const FILES = 'files';
const SETTINGS = 'settings';
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
    const request = factory.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(WORKSPACES))
        db.createObjectStore(WORKSPACES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(FILES)) {
        const files = db.createObjectStore(FILES, { keyPath: ['workspace', 'name'] });
        files.createIndex('workspace', 'workspace');
      }
      if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of this app'));
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
      const workspace = (await done(tx.objectStore(WORKSPACES).get(id))) as Workspace | undefined;
      if (!workspace) return null;
      const records = (await done(
        tx.objectStore(FILES).index('workspace').getAll(id),
      )) as FileRecord[];
      const bytes = new Map(records.map((r) => [r.name, r.bytes]));
      return { workspace, bytes };
    },
    async list() {
      const all = (await done(
        db.transaction(WORKSPACES).objectStore(WORKSPACES).getAll(),
      )) as Workspace[];
      return all.sort((a, b) => (b.created ?? 0) - (a.created ?? 0));
    },
    saveWorkspace: (workspace) =>
      write([WORKSPACES], (tx) => tx.objectStore(WORKSPACES).put(workspace)),
    saveFile: (workspace, name, bytes) =>
      write([FILES], (tx) =>
        tx.objectStore(FILES).put({ workspace, name, bytes } satisfies FileRecord),
      ),
    deleteFile: (workspace, name) =>
      write([FILES], (tx) => tx.objectStore(FILES).delete([workspace, name])),
    deleteWorkspace: (id) =>
      write([WORKSPACES, FILES], (tx) => {
        tx.objectStore(WORKSPACES).delete(id);
        // Arrays sort after strings, so [id, []] is above every [id, name].
        tx.objectStore(FILES).delete(IDBKeyRange.bound([id], [id, []]));
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
  };
}
