/**
 * The workspace file: one JSON document holding a whole workspace (the files' bytes as base64,
 * mappings, decisions, manual placements, register entries, saved views and the salt page ids are
 * made with), so a cluster manager can hand the work to a colleague. It carries a format name and
 * version; reading one checks every field and refuses the whole file with a message code (a file
 * of a newer version, not JSON, another format, a bad field, missing bytes), so a broken file
 * changes nothing. Pure: no DOM, runs in Node for the tests.
 */
import type { Message } from '../messages/types';
import { base64ToBytes, bytesToBase64 } from './base64';

export const WORKSPACE_FORMAT = 'klyngekart-workspace';
export const WORKSPACE_FILE_VERSION = 1;
/** Extension the app writes (the content is JSON; `.json` is read as well). */
export const WORKSPACE_EXTENSION = 'klyngekart';
/** The largest workspace file read: base64 of the files' bytes, which are read up to 50 MB each. */
export const MAX_WORKSPACE_FILE_BYTES = 300 * 1024 * 1024;

type Entries = readonly (readonly [string, unknown])[];

/** The workspace's content as the file holds it (values checked for shape, not for meaning). */
export interface WorkspaceContent {
  readonly files: readonly { readonly name: string; readonly size: number }[];
  readonly mappings: Entries;
  readonly mappingOrigins: Entries;
  readonly decisions: readonly unknown[];
  readonly placements: Entries;
  readonly register: Entries;
  readonly savedViews: readonly unknown[];
  readonly salt?: string;
}

export interface DecodedWorkspace {
  readonly workspace: WorkspaceContent;
  /** Each listed file's bytes, by name. */
  readonly bytes: ReadonlyMap<string, Uint8Array>;
}

export type DecodeResult =
  | { readonly ok: true; readonly value: DecodedWorkspace }
  | { readonly ok: false; readonly message: Message };

/** The workspace file's text (UTF-8 JSON). */
export function encodeWorkspaceFile(
  workspace: WorkspaceContent,
  bytes: ReadonlyMap<string, Uint8Array>,
): string {
  return JSON.stringify({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    workspace,
    bytes: workspace.files.flatMap((f) => {
      const b = bytes.get(f.name);
      return b ? [{ name: f.name, base64: bytesToBase64(b) }] : [];
    }),
  });
}

const refuse = (code: string, params?: Message['params']): DecodeResult => ({
  ok: false,
  message: params ? { code, params } : { code },
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isEntries = (v: unknown): v is Entries =>
  Array.isArray(v) &&
  v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && isObject(e[1]));

const isFileList = (v: unknown): v is WorkspaceContent['files'] =>
  Array.isArray(v) &&
  v.every(
    (f) =>
      isObject(f) &&
      typeof f.name === 'string' &&
      f.name !== '' &&
      typeof f.size === 'number' &&
      Number.isInteger(f.size) &&
      f.size >= 0,
  ) &&
  new Set(v.map((f: { name: string }) => f.name)).size === v.length;

const formatMb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;

/** Reads a workspace file's bytes; refuses the whole file with a message when anything is off. */
export function decodeWorkspaceFile(input: Uint8Array): DecodeResult {
  if (input.byteLength > MAX_WORKSPACE_FILE_BYTES) {
    return refuse('workspace-file.too-large', {
      size: formatMb(input.byteLength),
      max: formatMb(MAX_WORKSPACE_FILE_BYTES),
    });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(input));
  } catch {
    return refuse('workspace-file.not-a-workspace');
  }
  if (!isObject(doc) || doc.format !== WORKSPACE_FORMAT)
    return refuse('workspace-file.wrong-format');
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('workspace-file.bad-version');
  }
  if (version > WORKSPACE_FILE_VERSION) {
    return refuse('workspace-file.newer', { found: version, known: WORKSPACE_FILE_VERSION });
  }
  const ws = doc.workspace;
  if (!isObject(ws)) return refuse('workspace-file.bad-field', { field: 'workspace' });
  if (!isFileList(ws.files)) return refuse('workspace-file.bad-field', { field: 'files' });
  for (const field of ['mappings', 'mappingOrigins', 'placements', 'register'] as const) {
    const value = ws[field];
    if (field === 'mappingOrigins') {
      const ok =
        Array.isArray(value) &&
        value.every(
          (e) =>
            Array.isArray(e) &&
            e.length === 2 &&
            typeof e[0] === 'string' &&
            (e[1] === 'user' || e[1] === 'remembered'),
        );
      if (!ok) return refuse('workspace-file.bad-field', { field });
    } else if (!isEntries(value)) return refuse('workspace-file.bad-field', { field });
  }
  if (!Array.isArray(ws.decisions) || !ws.decisions.every(isObject)) {
    return refuse('workspace-file.bad-field', { field: 'decisions' });
  }
  if (!Array.isArray(ws.savedViews) || !ws.savedViews.every(isObject)) {
    return refuse('workspace-file.bad-field', { field: 'savedViews' });
  }
  if (ws.salt !== undefined && (typeof ws.salt !== 'string' || ws.salt === '')) {
    return refuse('workspace-file.bad-field', { field: 'salt' });
  }
  const list = doc.bytes;
  if (
    !Array.isArray(list) ||
    !list.every((b) => isObject(b) && typeof b.name === 'string' && typeof b.base64 === 'string')
  ) {
    return refuse('workspace-file.bad-field', { field: 'bytes' });
  }
  const byName = new Map<string, string>();
  for (const b of list as { name: string; base64: string }[]) byName.set(b.name, b.base64);
  const bytes = new Map<string, Uint8Array>();
  for (const f of ws.files) {
    const text = byName.get(f.name);
    if (text === undefined) return refuse('workspace-file.missing-bytes', { file: f.name });
    const b = base64ToBytes(text);
    if (!b) return refuse('workspace-file.bad-field', { field: 'bytes' });
    if (b.byteLength !== f.size) return refuse('workspace-file.wrong-size', { file: f.name });
    bytes.set(f.name, b);
  }
  const workspace: WorkspaceContent = {
    files: ws.files.map((f) => ({ name: f.name, size: f.size })),
    mappings: ws.mappings as Entries,
    mappingOrigins: ws.mappingOrigins as Entries,
    decisions: ws.decisions,
    placements: ws.placements as Entries,
    register: ws.register as Entries,
    savedViews: ws.savedViews,
    ...(typeof ws.salt === 'string' ? { salt: ws.salt } : {}),
  };
  return { ok: true, value: { workspace, bytes } };
}
