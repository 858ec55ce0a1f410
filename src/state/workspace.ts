/**
 * The workspace's changes as pure functions (workspace, input) -> workspace: files in and out,
 * mappings, decisions and their undo, manual placements and register entries. The store applies
 * them and then rebuilds; nothing here knows about workers or storage. Records keyed by user text
 * (table keys hold file names) are null-prototype (safe-record.ts), so "constructor" is a name.
 */
import type { Placement } from '../domain/geo/types';
import type { ColumnMapping } from '../domain/membership/column-mapping';
import type { RecognitionDecision } from '../domain/membership/decisions';
import { distinctFileNames } from '../domain/membership/file-names';
import type { RegisterEntry } from '../domain/membership/register';
import { fallbackSalt, randomSalt } from '../domain/page/page-hash';
import { safeRecord } from '../domain/records/safe-record';
import type { MappingOrigin, Workspace, WorkspaceFile } from './types';

export const EXAMPLE_ID = 'example';

/** The example data's salt: fixed, so links into the example work for everyone. */
export const EXAMPLE_SALT = 'klyngekart-example';

/** The salt page ids of this workspace are made with (one derived from the id if none stored). */
export function saltOf(ws: Workspace): string {
  if (ws.salt) return ws.salt;
  return ws.id === EXAMPLE_ID ? EXAMPLE_SALT : fallbackSalt(ws.id);
}

export function exampleWorkspace(files: readonly WorkspaceFile[] = []): Workspace {
  return {
    id: EXAMPLE_ID,
    source: 'default',
    files,
    mappings: safeRecord(),
    decisions: [],
    placements: safeRecord(),
    register: safeRecord(),
    salt: EXAMPLE_SALT,
  };
}

export function emptyWorkspace(id: string, created = Date.now()): Workspace {
  return { ...exampleWorkspace(), id, source: 'files', created, salt: randomSalt() };
}

/** The table keys of a file: "name" itself, or "name\u0000sheet" (see tableKey()). */
function belongsTo(key: string, file: string): boolean {
  return key === file || key.startsWith(`${file}\u0000`);
}

function withoutKeysOf<T>(record: Readonly<Record<string, T>> | undefined, file: string) {
  return safeRecord(Object.entries(record ?? {}).filter(([k]) => !belongsTo(k, file)));
}

/**
 * Adds files at the end; a file with the name of one already there replaces it in place (its old
 * mappings go, since its tables may differ now). Files of one drop that share a name are all
 * kept, the later ones renamed ("medlemmer (2).csv", see file-names.ts).
 */
export function withFiles(ws: Workspace, files: readonly WorkspaceFile[]): Workspace {
  let next = ws;
  for (const { name, size } of distinctFileNames(files)) {
    const file: WorkspaceFile = { name, size };
    const at = next.files.findIndex((f) => f.name === file.name);
    if (at < 0) {
      next = { ...next, files: [...next.files, file] };
    } else {
      next = {
        ...withoutFile(next, file.name),
        files: next.files.map((f, i) => (i === at ? file : f)),
      };
    }
  }
  return next;
}

/** Removes a file and the mappings of its tables. Decisions stay: they are ignored if moot. */
export function withoutFile(ws: Workspace, name: string): Workspace {
  return {
    ...ws,
    files: ws.files.filter((f) => f.name !== name),
    mappings: withoutKeysOf(ws.mappings, name),
    mappingOrigins: withoutKeysOf(ws.mappingOrigins, name),
  };
}

export function withMapping(
  ws: Workspace,
  key: string,
  mapping: ColumnMapping,
  origin: MappingOrigin = 'user',
): Workspace {
  return {
    ...ws,
    mappings: safeRecord([...Object.entries(ws.mappings), [key, mapping] as const]),
    mappingOrigins: safeRecord([
      ...Object.entries(ws.mappingOrigins ?? {}),
      [key, origin] as const,
    ]),
  };
}

export function withDecisions(ws: Workspace, decisions: readonly RecognitionDecision[]): Workspace {
  return decisions.length === 0 ? ws : { ...ws, decisions: [...ws.decisions, ...decisions] };
}

/** Removes the decision at `index`, or the last one; an index out of range changes nothing. */
export function withoutDecision(ws: Workspace, index = ws.decisions.length - 1): Workspace {
  if (!Number.isInteger(index) || index < 0 || index >= ws.decisions.length) return ws;
  return { ...ws, decisions: ws.decisions.filter((_, i) => i !== index) };
}

export function withPlacements(
  ws: Workspace,
  ids: readonly string[],
  placement: Placement,
): Workspace {
  if (ids.length === 0) return ws;
  const placements = safeRecord(ws.placements);
  for (const id of ids) placements[id] = placement;
  return { ...ws, placements };
}

export function withoutPlacement(ws: Workspace, id: string): Workspace {
  if (!Object.prototype.hasOwnProperty.call(ws.placements, id)) return ws;
  const placements = safeRecord(Object.entries(ws.placements).filter(([k]) => k !== id));
  return { ...ws, placements };
}

export function withRegisterEntries(ws: Workspace, entries: readonly RegisterEntry[]): Workspace {
  if (entries.length === 0) return ws;
  const register = safeRecord(ws.register);
  for (const entry of entries) register[entry.orgNumber] = entry;
  return { ...ws, register };
}
