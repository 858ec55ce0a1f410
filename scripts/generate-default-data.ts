/**
 * Writes the synthetic default dataset: one membership list per cluster into data/default/ and
 * the ground truth into tests/fixtures/default-truth.json. Deterministic: the same seed gives the
 * same bytes. Run with `npm run generate:default` (optionally `-- --seed N` to try another seed;
 * the committed files use the default seed).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateDefaultData } from './default-data/generate';
import { formatJson } from './default-data/truth';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(root, 'data', 'default');
const truthFile = join(root, 'tests', 'fixtures', 'default-truth.json');

const seedFlag = process.argv.indexOf('--seed');
const seed = seedFlag >= 0 ? Number(process.argv[seedFlag + 1]) : DEFAULT_SEED;
if (!Number.isInteger(seed)) throw new Error(`--seed needs a whole number`);

const started = performance.now();
const { files, truth } = generateDefaultData(seed);
const generated = performance.now();

mkdirSync(dataDir, { recursive: true });
// Remove lists of an earlier run (kept: README.md), so renamed files do not linger.
for (const entry of readdirSync(dataDir))
  if (/\.(csv|xlsx)$/i.test(entry)) rmSync(join(dataDir, entry));
for (const file of files) writeFileSync(join(dataDir, file.name), file.bytes);
mkdirSync(join(root, 'tests', 'fixtures'), { recursive: true });
writeFileSync(truthFile, `${formatJson(truth)}\n`);

const { aggregates } = truth;
console.log(
  `default data (seed ${seed}): ${files.length} files, ${truth.rows.length} rows, ` +
    `${aggregates.organisations} organisations; histogram ${JSON.stringify(aggregates.histogram)}`,
);
console.log(
  `generated in ${(generated - started).toFixed(0)} ms, written in ${(performance.now() - generated).toFixed(0)} ms`,
);
