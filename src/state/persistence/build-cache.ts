/**
 * The built model kept with the workspace, so a reload (or an undo back to an earlier state)
 * shows its data without building again. An entry is found by a key that is the SHA-256 of
 * everything a build reads: this app's build, the salt, every file's name and bytes (as their
 * own SHA-256), the mappings, the decisions in order, the placements and the register entries.
 * Any change to one of them is another key, so a stale entry is never found; an entry that is
 * found but is not a whole build of this format (broken, cut short, an older app's) is refused
 * and the workspace is built as usual.
 */
import type { BuildResult } from '../../worker/types';
import type { Workspace } from '../types';

/** Bumped when the shape of what is stored changes; part of every key. */
export const BUILD_CACHE_FORMAT = 1;

/** How many built models storage keeps at most (the latest ones). */
export const KEPT_BUILDS = 2;

type Built = Extract<BuildResult, { ok: true }>;

/** What is stored: a finished build (no phase pending), as the page showed it. */
export type CachedBuild = Pick<
  Built,
  'dataset' | 'analysis' | 'model' | 'proposals' | 'previews' | 'files'
>;

export interface BuildCacheEntry {
  readonly key: string;
  readonly format: number;
  readonly workspace: string;
  /** When it was stored (ms since 1970): the oldest go first. */
  readonly savedAt: number;
  readonly built: CachedBuild;
}

/**
 * This app's build, so an entry stored by another version of the app is another key: in a
 * production build the module's own address carries the content hash of its chunk, which
 * changes with any code it imports (the analysis worker's chunk name included). In development
 * addresses have no hash, so the page's start time stands in: reuse within one page only.
 */
export function appBuildId(): string {
  const here = import.meta.url;
  if (import.meta.env?.PROD) return here;
  return `${here}@${typeof performance === 'undefined' ? 0 : performance.timeOrigin}`;
}

/** JSON with object keys sorted at every level, so equal inputs give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** crypto.subtle, or null where the page has none (an insecure http origin). */
function subtle(): SubtleCrypto | null {
  return typeof crypto !== 'undefined' && crypto.subtle ? crypto.subtle : null;
}

export const canHash = (): boolean => subtle() !== null;

export async function sha256(data: ArrayBuffer | string): Promise<string> {
  const s = subtle();
  if (!s) throw new Error('No SHA-256 here (crypto.subtle needs a secure origin)');
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  return hex(await s.digest('SHA-256', bytes));
}

/** File bytes hashed once each: the buffers of a workspace stay the same objects while open. */
const fileHashes = new WeakMap<ArrayBuffer, Promise<string>>();
const hashOfFile = (bytes: ArrayBuffer): Promise<string> => {
  let known = fileHashes.get(bytes);
  if (!known) {
    known = sha256(bytes);
    fileHashes.set(bytes, known);
  }
  return known;
};

const sortedEntries = <T>(record: Readonly<Record<string, T>> | undefined) =>
  Object.entries(record ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));

/**
 * The key of the build of `workspace` from these bytes, or null when it cannot be made (a file's
 * bytes are missing, or no SHA-256 here): then nothing is looked up or stored.
 */
export async function buildCacheKey(
  workspace: Workspace,
  bytes: ReadonlyMap<string, ArrayBuffer>,
  salt: string,
  app: string = appBuildId(),
): Promise<string | null> {
  if (!canHash()) return null;
  const files: [string, string][] = [];
  for (const f of workspace.files) {
    const b = bytes.get(f.name);
    if (!b) return null;
    files.push([f.name, await hashOfFile(b)]);
  }
  return sha256(
    canonicalJson({
      format: BUILD_CACHE_FORMAT,
      app,
      salt,
      files,
      mappings: sortedEntries(workspace.mappings),
      decisions: workspace.decisions,
      placements: sortedEntries(workspace.placements),
      register: sortedEntries(workspace.register),
    }),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The build in a stored entry, if it is a whole one of this format under this key; else null
 * (and the caller builds). Checks the shape the views rely on, not every value.
 */
export function cachedBuildOf(raw: unknown, key: string): CachedBuild | null {
  if (!isRecord(raw) || raw.key !== key || raw.format !== BUILD_CACHE_FORMAT) return null;
  const built = raw.built;
  if (!isRecord(built)) return null;
  const { dataset, analysis, model, proposals, previews, files } = built;
  if (!isRecord(dataset) || !isRecord(analysis) || !isRecord(model)) return null;
  if (![proposals, previews, files].every(Array.isArray)) return null;
  if (
    !Array.isArray(dataset.organisations) ||
    !Array.isArray(dataset.clusters) ||
    !Array.isArray(dataset.memberships)
  ) {
    return null;
  }
  if (!isRecord(analysis.metrics) || !Array.isArray(analysis.metricErrors)) return null;
  const maps = ['organisations', 'clusters', 'counties', 'clustersOf', 'membersOf', 'membersIn'];
  if (!maps.every((m) => model[m] instanceof Map)) return null;
  if (!Array.isArray(model.orgOrder) || !isRecord(model.metrics)) return null;
  const orgs = model.orgOrder.length;
  if ((model.organisations as Map<unknown, unknown>).size !== orgs) return null;
  const columns = model.metrics.organisations;
  if (!isRecord(columns)) return null;
  const intact = Object.values(columns).every(
    (c) => c instanceof Float64Array && c.length === orgs,
  );
  if (!intact || !(model.metrics.clusters instanceof Map)) return null;
  return built as unknown as CachedBuild;
}
