/**
 * Where workspaces are kept between visits. The app codes against this interface; the browser
 * uses IndexedDB (indexeddb-store.ts), tests and a browser without storage use memory.
 */
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import type { Workspace } from '../types';

export interface StoredWorkspace {
  readonly workspace: Workspace;
  /** File bytes by name, for every file in workspace.files that was found. */
  readonly bytes: ReadonlyMap<string, ArrayBuffer>;
}

export interface WorkspaceStorage {
  /** The id of the workspace open when the page was left ('example' or a uuid), or null. */
  current(): Promise<string | null>;
  setCurrent(id: string): Promise<void>;
  load(id: string): Promise<StoredWorkspace | null>;
  /** Saved user workspaces, newest first (without bytes). */
  list(): Promise<Workspace[]>;
  saveWorkspace(workspace: Workspace): Promise<void>;
  saveFile(workspaceId: string, name: string, bytes: ArrayBuffer): Promise<void>;
  deleteFile(workspaceId: string, name: string): Promise<void>;
  deleteWorkspace(id: string): Promise<void>;
  mappingMemory(): Promise<Record<string, ColumnMapping>>;
  rememberMapping(signature: string, mapping: ColumnMapping): Promise<void>;
}
