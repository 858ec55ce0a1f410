/**
 * The built CLI: esbuild bundles src/cli/analyze.ts (and everything it imports) into one
 * dist-cli/analyze.mjs, so `npm run analyze` starts in plain Node instead of spending most of a
 * second starting tsx. `node scripts/build-cli.mjs` builds; `node scripts/build-cli.mjs --run
 * ARGS...` (what `npm run analyze` does) rebuilds only when a file under src/ or data/geo/ is
 * newer than the bundle, or the bundle is missing (a fresh clone after `npm ci`), then runs it
 * with ARGS. esbuild is loaded only when a build is needed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/analyze.ts');
const outfile = join(root, 'dist-cli/analyze.mjs');
const SOURCES = ['src', 'data/geo', 'package.json', 'scripts/build-cli.mjs'];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function isStale() {
  if (!existsSync(outfile)) return true;
  const built = statSync(outfile).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

export async function build() {
  const { build: esbuild } = await import('esbuild');
  // The reader child process (src/cli/read-with-timeout.ts forks read-worker.js beside the
  // bundle) and the metrics threads (src/cli/metrics-threads.ts starts metrics-worker.js) are
  // bundles of their own.
  for (const [from, to] of [
    [entry, outfile],
    [join(root, 'src/cli/read-worker.ts'), join(root, 'dist-cli/read-worker.js')],
    [join(root, 'src/cli/metrics-worker.ts'), join(root, 'dist-cli/metrics-worker.js')],
  ])
    await bundle(esbuild, from, to);
}

async function bundle(esbuild, from, to) {
  await esbuild({
    entryPoints: [from],
    outfile: to,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: false,
    logLevel: 'warning',
    // Bundled CommonJS packages may call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __kkCreateRequire } from 'node:module'; const require = __kkCreateRequire(import.meta.url);",
    },
  });
}

const [, , mode, ...rest] = process.argv;
if (mode === '--run') {
  if (isStale()) await build();
  // The bundle reads its arguments from process.argv.slice(2), as under tsx.
  process.argv = [process.argv[0], outfile, ...rest];
  await import(pathToFileURL(outfile).href);
} else if (mode === undefined) {
  await build();
  console.log(`built ${outfile}`);
} else {
  console.error(`build-cli: unknown option ${mode} (use no option to build, --run ARGS to run)`);
  process.exitCode = 2;
}
