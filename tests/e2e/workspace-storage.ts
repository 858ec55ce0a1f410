/**
 * Reading what the app saved in the browser's IndexedDB ('klyngekart'), so a test reloads only
 * after the save it depends on has landed, instead of after a guessed time.
 */
import type { Page } from '@playwright/test';

export interface SavedWorkspace {
  readonly id: string;
  readonly files: readonly { readonly name: string }[];
  readonly mappings: Readonly<Record<string, { readonly clusterName?: string }>>;
  readonly decisions: readonly unknown[];
  readonly placements: Readonly<Record<string, unknown>>;
}

export function savedWorkspaces(page: Page): Promise<SavedWorkspace[]> {
  return page.evaluate(
    () =>
      new Promise<SavedWorkspace[]>((resolve, reject) => {
        const open = indexedDB.open('klyngekart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('workspaces')) return resolve([]);
          const all = db.transaction('workspaces').objectStore('workspaces').getAll();
          // Records from schema version 2 on keep keyed fields as [key, value] lists: shown
          // here as records again, so tests read them the same way whatever the version.
          const keyed = (v: unknown) => (Array.isArray(v) ? Object.fromEntries(v) : v);
          all.onsuccess = () =>
            resolve(
              (all.result as Record<string, unknown>[]).map((r) => ({
                ...r,
                mappings: keyed(r.mappings),
                placements: keyed(r.placements),
              })) as unknown as SavedWorkspace[],
            );
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The id of the workspace the app will open on the next visit ('example' or a uuid). */
export function savedCurrent(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('klyngekart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('settings')) return resolve(null);
          const get = db.transaction('settings').objectStore('settings').get('current');
          get.onsuccess = () => resolve((get.result as string | undefined) ?? null);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** The names of the example data's saved views as stored (settings 'example-views'), in order. */
export function savedExampleViewNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('klyngekart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('settings')) return resolve([]);
          const get = db.transaction('settings').objectStore('settings').get('example-views');
          get.onsuccess = () => {
            const views = (get.result as { views?: { name: string }[] } | undefined)?.views;
            resolve((views ?? []).map((v) => v.name));
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}
