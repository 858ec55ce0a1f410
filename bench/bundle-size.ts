/**
 * `npm run bench:bundle`: builds the app (production mode, into .bundle-dist) and prints what its
 * JavaScript weighs, gzip: the entry, the first view (what the page fetches before the map view
 * is painted: the entry and its static imports, the map page's chunk and its static imports), the
 * SheetJS reader, and every lazy chunk. The budget for the first view is 200 kB gzip.
 */
import { execFileSync } from 'node:child_process';
import { bundleSizes, SHEETJS_READER_PREFIX, type ChunkSize } from './bundle-chunks';
import { table } from './table';

const OUT_DIR = '.bundle-dist';
/** 200 kB as 200 000 bytes (the stricter reading of kB). */
const BUDGET = 200_000;

execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
const sizes = bundleSizes(OUT_DIR);

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (what: string, c: ChunkSize) => [what, c.file, kB(c.raw), kB(c.gzip)];

const sheetjs = sizes.worker.find((c) => c.file.startsWith(SHEETJS_READER_PREFIX));
console.log('## JavaScript of the build (kB = 1000 bytes; gzip -9)\n');
console.log(
  table(
    ['what', 'file', 'raw kB', 'gzip kB'],
    [
      row('entry', sizes.entry),
      [
        `first view (${sizes.firstView.files.length} files)`,
        '',
        kB(sizes.firstView.raw),
        kB(sizes.firstView.gzip),
      ],
      ...(sheetjs ? [row('SheetJS reader (worker)', sheetjs)] : []),
      ...sizes.lazy.map((c) => row(`lazy: ${c.name}`, c)),
      ...sizes.worker.filter((c) => c !== sheetjs).map((c) => row(`worker: ${c.name}`, c)),
    ],
  ),
);
console.log(`\nfirst view files: ${sizes.firstView.files.join(', ')}`);
const verdict = sizes.firstView.gzip <= BUDGET ? 'within' : 'OVER';
console.log(
  `first view: ${kB(sizes.firstView.gzip)} kB gzip, ${verdict} the budget of ${kB(BUDGET)} kB`,
);
