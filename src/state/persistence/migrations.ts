/**
 * The saved workspace record's schema and its migrations. Each saved record carries
 * `schemaVersion`; opening one runs it through the steps from its version up to SCHEMA_VERSION,
 * each a pure (old) -> new function. A record from a newer app than this one is refused (and
 * left as it is in storage), since guessing at fields this app does not know would lose them.
 *
 * Version 1: the record as the app saved it before versions existed (no `schemaVersion`):
 * the Workspace itself, with mappings, mapping origins, placements and register entries as
 * plain objects keyed by table key, organisation id and organisation number.
 * Version 2: those four as lists of [key, value] entries (keys are user text: a file named
 * "__proto__" or "constructor" must survive), plus `revision`, the count of saves, so a stale
 * write from another tab is refused.
 * Version 3: `savedViews`, the views the user named and saved (id, name, URL hash), in order,
 * and `salt`, which page ids are made with (before, it was not stored, so a reloaded workspace
 * made its ids from the id: saltOf() still does that for a record without one).
 *
 * The database around the records has versions of its own (DB_VERSION in indexeddb-store.ts):
 * they add object stores (version 2: the build cache, build-cache.ts) and never touch records.
 */
import type { Placement } from '../../domain/geo/types';
import type { ColumnMapping } from '../../domain/membership/column-mapping';
import type { RecognitionDecision } from '../../domain/membership/decisions';
import type { RegisterEntry } from '../../domain/membership/register';
import type { DataSource, MappingOrigin, SavedView, WorkspaceFile } from '../types';

export const SCHEMA_VERSION = 3;

type Entries<T> = readonly (readonly [string, T])[];

/** The record as this app saves it (version SCHEMA_VERSION). */
export interface WorkspaceRecord {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly id: string;
  readonly source: DataSource;
  readonly files: readonly WorkspaceFile[];
  readonly mappings: Entries<ColumnMapping>;
  readonly mappingOrigins: Entries<MappingOrigin>;
  readonly decisions: readonly RecognitionDecision[];
  readonly placements: Entries<Placement>;
  readonly register: Entries<RegisterEntry>;
  readonly created?: number;
  readonly revision: number;
  readonly savedViews: readonly SavedView[];
  readonly salt?: string;
}

/** A record of some version, as read: only the version is trusted before migrating. */
type AnyRecord = Readonly<Record<string, unknown>>;

interface Migration {
  readonly from: number;
  readonly to: number;
  readonly up: (old: AnyRecord) => AnyRecord;
}

/** Own entries of a plain object (structured clone keeps an own "__proto__" key as data). */
const entriesOf = (value: unknown): [string, unknown][] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value as Record<string, unknown>)
    : [];

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    up: (old) => ({
      ...old,
      schemaVersion: 2,
      mappings: entriesOf(old.mappings),
      mappingOrigins: entriesOf(old.mappingOrigins),
      placements: entriesOf(old.placements),
      register: entriesOf(old.register),
      decisions: Array.isArray(old.decisions) ? old.decisions : [],
      files: Array.isArray(old.files) ? old.files : [],
      revision: 0,
    }),
  },
  {
    from: 2,
    to: 3,
    up: (old) => ({ ...old, schemaVersion: 3, savedViews: [] }),
  },
];

export type Migrated =
  | { readonly ok: true; readonly record: WorkspaceRecord; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: 'newer'; readonly found: number; readonly known: number }
  | { readonly ok: false; readonly reason: 'invalid'; readonly message: string };

/** The version a record says it has; a record without one is version 1. */
export function versionOf(record: AnyRecord): number {
  const v = record.schemaVersion;
  return v === undefined ? 1 : typeof v === 'number' && Number.isInteger(v) ? v : NaN;
}

/** Brings a stored record up to SCHEMA_VERSION, or says why it cannot. Never changes `raw`. */
export function migrate(raw: unknown, steps: readonly Migration[] = MIGRATIONS): Migrated {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'invalid', message: 'the saved workspace is not a record' };
  }
  let record = raw as AnyRecord;
  const found = versionOf(record);
  if (!Number.isFinite(found) || found < 1) {
    return {
      ok: false,
      reason: 'invalid',
      message: `unknown schema version ${String(record.schemaVersion)}`,
    };
  }
  if (found > SCHEMA_VERSION) return { ok: false, reason: 'newer', found, known: SCHEMA_VERSION };
  for (let v = found; v < SCHEMA_VERSION;) {
    const step = steps.find((s) => s.from === v);
    if (!step) return { ok: false, reason: 'invalid', message: `no migration from version ${v}` };
    record = step.up(record);
    v = step.to;
  }
  if (typeof record.id !== 'string') {
    return { ok: false, reason: 'invalid', message: 'the saved workspace has no id' };
  }
  return {
    ok: true,
    record: record as unknown as WorkspaceRecord,
    migrated: found !== SCHEMA_VERSION,
  };
}
