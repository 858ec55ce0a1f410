/**
 * The browser's cache of register answers: one IndexedDB object store keyed by organisation
 * number. Local to this browser, like everything else in klyngekart; nothing here is sent
 * anywhere. Opened lazily, so a page that never looks anything up never touches it.
 */
import type { CachedOutcome, OutcomeStore } from './cache';

const DB_NAME = 'klyngekart-enhetsregisteret';
const STORE = 'answers';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE))
        req.result.createObjectStore(STORE, { keyPath: 'orgNumber' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`IndexedDB ${name} could not be opened`));
    req.onblocked = () => reject(new Error(`IndexedDB ${name} is blocked by another tab`));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function indexedDbStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name: string = DB_NAME,
): OutcomeStore {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    db ??= open(factory, name).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  return {
    async getMany(numbers) {
      const tx = (await database()).transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const records = await Promise.all(
        numbers.map((n) => request(store.get(n) as IDBRequest<CachedOutcome | undefined>)),
      );
      const found = new Map<string, CachedOutcome>();
      for (const record of records) if (record) found.set(record.orgNumber, record);
      return found;
    },
    async putMany(records) {
      const tx = (await database()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const record of records) store.put(record);
      await done(tx);
    },
  };
}
