/**
 * What a build's JavaScript weighs, from Vite's manifest (build.manifest in vite.config.ts): the
 * entry chunk with everything it imports statically, the first view's page chunk with its static
 * imports (what the page fetches before the first view is painted), the other lazy chunks, and the
 * workers' chunks (not in the manifest: found by name among the assets). Sizes are gzip -9 of
 * the files, since `vite preview` serves them uncompressed. Used by the bench and the e2e test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

/** The first view's page (the registry's first entry, src/app/views.ts). */
export const FIRST_VIEW_PAGE = 'src/app/pages/map.tsx';
/** SheetJS's reading side, loaded by the worker for spreadsheets only (src/io/read-file-lazy.ts). */
export const SHEETJS_READER_PREFIX = 'assets/spreadsheet-reader-';

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

export function gzipBytes(outDir: string, file: string): number {
  return gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
}

/** The files a manifest key loads with it: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const next of manifest[k]?.imports ?? []) visit(next);
  };
  visit(key);
  return [...seen].map((k) => manifest[k]!.file);
}

export interface ChunkSize {
  readonly name: string;
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSizes {
  readonly entry: ChunkSize;
  /** The entry's static closure plus the first view's page and its static closure. */
  readonly firstView: {
    readonly files: readonly string[];
    readonly gzip: number;
    readonly raw: number;
  };
  readonly lazy: readonly ChunkSize[];
  /** Worker scripts and the chunks they load (SheetJS's reader among them). */
  readonly worker: readonly ChunkSize[];
}

export function bundleSizes(outDir: string): BundleSizes {
  const manifest = readManifest(outDir);
  const size = (name: string, file: string): ChunkSize => ({
    name,
    file,
    raw: readFileSync(join(outDir, file)).length,
    gzip: gzipBytes(outDir, file),
  });
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error(`No entry chunk in ${outDir}/.vite/manifest.json`);
  if (!manifest[FIRST_VIEW_PAGE]) throw new Error(`${FIRST_VIEW_PAGE} is not a chunk of its own`);
  const files = [
    ...new Set([...staticClosure(manifest, entryKey), ...staticClosure(manifest, FIRST_VIEW_PAGE)]),
  ].filter((f) => f.endsWith('.js'));
  const sized = files.map((f) => size(f, f));
  const inManifest = new Set(Object.values(manifest).map((c) => c.file));
  const lazy = Object.entries(manifest)
    .filter(([, c]) => c.file.endsWith('.js') && !files.includes(c.file))
    .map(([key, c]) => size(c.src ?? key, c.file));
  const worker = readdirSync(join(outDir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !inManifest.has(f))
    .map((f) => size(f.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''), f));
  return {
    entry: size(manifest[entryKey]!.src ?? entryKey, manifest[entryKey]!.file),
    firstView: {
      files,
      gzip: sized.reduce((sum, c) => sum + c.gzip, 0),
      raw: sized.reduce((sum, c) => sum + c.raw, 0),
    },
    lazy: lazy.sort((a, b) => b.gzip - a.gzip),
    worker: worker.sort((a, b) => b.gzip - a.gzip),
  };
}
