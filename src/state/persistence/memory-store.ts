/**
 * Workspace storage in memory: for tests, and the fallback when the browser refuses IndexedDB
 * (some private modes). Same behaviour as the IndexedDB store, gone on reload.
 */
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import type { Workspace } from '../types';
import type { WorkspaceStorage } from './types';

export function createMemoryStorage(): WorkspaceStorage {
  let current: string | null = null;
  const workspaces = new Map<string, Workspace>();
  const files = new Map<string, Map<string, ArrayBuffer>>();
  const memory: Record<string, ColumnMapping> = {};
  return {
    current: async () => current,
    async setCurrent(id) {
      current = id;
    },
    async load(id) {
      const workspace = workspaces.get(id);
      if (!workspace) return null;
      const stored = files.get(id) ?? new Map<string, ArrayBuffer>();
      const bytes = new Map<string, ArrayBuffer>();
      for (const f of workspace.files) {
        const b = stored.get(f.name);
        if (b) bytes.set(f.name, b.slice(0));
      }
      return { workspace, bytes };
    },
    list: async () => [...workspaces.values()].sort((a, b) => (b.created ?? 0) - (a.created ?? 0)),
    async saveWorkspace(workspace) {
      workspaces.set(workspace.id, workspace);
    },
    async saveFile(id, name, bytes) {
      const of = files.get(id) ?? new Map<string, ArrayBuffer>();
      of.set(name, bytes.slice(0));
      files.set(id, of);
    },
    async deleteFile(id, name) {
      files.get(id)?.delete(name);
    },
    async deleteWorkspace(id) {
      workspaces.delete(id);
      files.delete(id);
    },
    mappingMemory: async () => ({ ...memory }),
    async rememberMapping(signature, mapping) {
      memory[signature] = mapping;
    },
  };
}
