/**
 * The workspace as the app holds it <-> the record it saves (migrations.ts has the schema).
 * Records keyed by user text become lists of entries on the way out and null-prototype records
 * on the way in, so no file or organisation name can collide with an object's own machinery.
 */
import { safeRecord } from '../../domain/records/safe-record';
import { savedViewFrom } from '../saved-views';
import type { Workspace } from '../types';
import { SCHEMA_VERSION, type WorkspaceRecord } from './migrations';

export function toRecord(
  workspace: Workspace,
  revision = workspace.revision ?? 0,
): WorkspaceRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: workspace.id,
    source: workspace.source,
    files: workspace.files.map((f) => ({ name: f.name, size: f.size })),
    mappings: Object.entries(workspace.mappings),
    mappingOrigins: Object.entries(workspace.mappingOrigins ?? {}),
    decisions: workspace.decisions,
    placements: Object.entries(workspace.placements),
    register: Object.entries(workspace.register),
    ...(workspace.created !== undefined ? { created: workspace.created } : {}),
    revision,
    savedViews: workspace.savedViews ?? [],
    ...(workspace.salt !== undefined ? { salt: workspace.salt } : {}),
  };
}

export function fromRecord(record: WorkspaceRecord): Workspace {
  return {
    id: record.id,
    source: record.source,
    files: record.files,
    mappings: safeRecord(record.mappings),
    mappingOrigins: safeRecord(record.mappingOrigins),
    decisions: record.decisions,
    placements: safeRecord(record.placements),
    register: safeRecord(record.register),
    ...(record.created !== undefined ? { created: record.created } : {}),
    revision: record.revision,
    ...(typeof record.salt === 'string' && record.salt !== '' ? { salt: record.salt } : {}),
    savedViews: (Array.isArray(record.savedViews) ? record.savedViews : []).flatMap((v) => {
      const view = savedViewFrom(v);
      return view ? [view] : [];
    }),
  };
}
