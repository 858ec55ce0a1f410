/**
 * Where workspaces are kept between visits. The app codes against this interface; the browser
 * uses IndexedDB (indexeddb-store.ts), tests and a browser without storage use memory.
 */
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import type { SavedView, Workspace } from '../types';
import type { BuildCacheEntry } from './build-cache';

export interface StoredWorkspace {
  readonly workspace: Workspace;
  /** File bytes by name, for every file in workspace.files that was found. */
  readonly bytes: ReadonlyMap<string, ArrayBuffer>;
}

/** What a save answers: the revision it wrote, or, if another tab saved first, what it stored. */
export type SaveOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly stored: Workspace };

/** Opening a record saved by a newer app than this one: refused, and the record left as it is. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The workspace was saved by a newer version of the app (schema ${found}; this one knows ${known})`,
    );
    this.name = 'NewerSchemaError';
  }
}

export interface WorkspaceStorage {
  /** The id of the workspace open when the page was left ('example' or a uuid), or null. */
  current(): Promise<string | null>;
  setCurrent(id: string): Promise<void>;
  /** The workspace, migrated to this app's schema; throws NewerSchemaError for a newer record. */
  load(id: string): Promise<StoredWorkspace | null>;
  /** Saved user workspaces, newest first (without bytes). */
  list(): Promise<Workspace[]>;
  /**
   * Saves the workspace as revision `workspace.revision + 1`, unless the stored record has a
   * later revision than `workspace.revision` (another tab saved since): then nothing is written.
   */
  saveWorkspace(workspace: Workspace): Promise<SaveOutcome>;
  /** The files' bytes and then the workspace naming them, in one transaction where possible. */
  saveWithFiles(
    workspace: Workspace,
    files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[],
  ): Promise<SaveOutcome>;
  saveFile(workspaceId: string, name: string, bytes: ArrayBuffer): Promise<void>;
  deleteFile(workspaceId: string, name: string): Promise<void>;
  deleteWorkspace(id: string): Promise<void>;
  mappingMemory(): Promise<Record<string, ColumnMapping>>;
  /**
   * The stored built model under this key, as stored (unchecked: see cachedBuildOf), or null.
   * Absent: this storage keeps no built models.
   */
  loadBuild?(key: string): Promise<unknown>;
  /** Stores a built model, keeping only the latest KEPT_BUILDS (build-cache.ts). */
  saveBuild?(entry: BuildCacheEntry): Promise<void>;
  /** Forgets a stored built model (one found broken). */
  deleteBuild?(key: string): Promise<void>;
  rememberMapping(signature: string, mapping: ColumnMapping): Promise<void>;
  /** The example data's saved views, in order (example-views.ts); none when never saved. */
  exampleViews(): Promise<SavedView[]>;
  /** Keeps the example data's saved views (the whole list: a rename or delete is a new list). */
  saveExampleViews(views: readonly SavedView[]): Promise<void>;
}
