/**
 * The open workspace <-> the workspace file's content (domain/workspace-file/codec.ts). Records
 * keyed by user text go out as entries and come back as null-prototype records; saved views are
 * checked one by one (a bad one is dropped, the rest kept).
 */
import type { WorkspaceContent } from '../../domain/workspace-file/codec';
import type { Placement } from '../../domain/geo/types';
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import type { RecognitionDecision } from '../../domain/membership/decisions';
import type { RegisterEntry } from '../../domain/membership/register';
import { safeRecord } from '../../domain/records/safe-record';
import { savedViewFrom } from '../../state/saved-views';
import type { MappingOrigin, Workspace } from '../../state/types';
import { saltOf } from '../../state/workspace';

export function contentOf(ws: Workspace): WorkspaceContent {
  return {
    files: ws.files.map((f) => ({ name: f.name, size: f.size })),
    mappings: Object.entries(ws.mappings),
    mappingOrigins: Object.entries(ws.mappingOrigins ?? {}),
    decisions: ws.decisions,
    placements: Object.entries(ws.placements),
    register: Object.entries(ws.register),
    savedViews: ws.savedViews ?? [],
    salt: saltOf(ws),
  };
}

/** A workspace from a file's content; its id, source and revision are set by the import. */
export function workspaceOf(content: WorkspaceContent): Workspace {
  return {
    id: 'imported',
    source: 'files',
    files: content.files,
    mappings: safeRecord(content.mappings as [string, ColumnMapping][]),
    mappingOrigins: safeRecord(content.mappingOrigins as [string, MappingOrigin][]),
    decisions: content.decisions as RecognitionDecision[],
    placements: safeRecord(content.placements as [string, Placement][]),
    register: safeRecord(content.register as [string, RegisterEntry][]),
    savedViews: content.savedViews.flatMap((v) => {
      const view = savedViewFrom(v);
      return view ? [view] : [];
    }),
    ...(content.salt ? { salt: content.salt } : {}),
  };
}
