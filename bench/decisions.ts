/**
 * `npm run bench:decisions`: what a merge decision costs at ten times the example data (12 760
 * organisations, 160 clusters) in Node, and what a reload from the build cache costs. The full
 * build (what every decision cost before) against phase one (what the page waits for now: the
 * counts and lists), then phase two's proposals and organisation metrics, which follow in the
 * background; and the stored model: its size, its structured-clone round trip (what IndexedDB
 * does on put and get), the entry check, and the SHA-256 cache key. Medians of a few runs; wall
 * and CPU time (the machine is shared, so CPU time is the steadier one).
 */
import { deserialize, serialize } from 'node:v8';
import { safeRecord } from '../src/domain/records/safe-record';
import { readFile } from '../src/io/read-file';
import {
  BUILD_CACHE_FORMAT,
  buildCacheKey,
  cachedBuildOf,
} from '../src/state/persistence/build-cache';
import type { Workspace } from '../src/state/types';
import {
  buildFromReads,
  buildMetrics,
  buildPhaseOne,
  buildProposals,
  provisionalProposals,
} from '../src/worker/build';
import { scaledCsv } from './scaled-csv';
import { scaledDataset } from './scaled-data';
import { table } from './table';

const SCALE = Number(process.env.BENCH_SCALE ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Row {
  readonly step: string;
  readonly ms: number;
  readonly cpuMs: number;
  readonly note: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(
  rows: Row[],
  step: string,
  fn: () => T | Promise<T>,
  note: (value: T) => string = () => '',
  runs = RUNS,
): Promise<T> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const start = performance.now();
    value = await fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const row = { step, ms: median(wall), cpuMs: median(cpu), note: note(value) };
  rows.push(row);
  console.error(`  ${step}: ${row.ms.toFixed(0)} ms`);
  return value;
}

const generated = scaledDataset({ scale: SCALE });
const csv = new TextEncoder().encode(scaledCsv(generated));
const fileName = `klynger-${SCALE}x.csv`;
const read = readFile(fileName, csv);
const salt = 'bench-salt';
const rows: Row[] = [];

console.error(`decisions bench at ${SCALE}x, ${RUNS} runs each`);
const before = await buildFromReads([read], {}, salt);
const proposal = before.proposals[0];
const orgs = before.dataset.organisations;
const decision = proposal
  ? { kind: 'merge' as const, a: proposal.a, b: proposal.b }
  : { kind: 'merge' as const, a: orgs[0]!.id, b: orgs[1]!.id };
const options = { decisions: [decision] };

const full = await timed(
  rows,
  'full build after a merge (before: every decision)',
  () => buildFromReads([read], options, salt),
  (b) => `${b.dataset.organisations.length} orgs, ${b.proposals.length} proposals`,
);
const one = await timed(
  rows,
  'phase one after a merge (what the page waits for)',
  () =>
    buildPhaseOne([read], options, salt, (dataset) =>
      provisionalProposals(before.proposals, dataset, options.decisions),
    ),
  (p) => `${p.built.proposals.length} provisional proposals`,
);
await timed(
  rows,
  'phase one to the page (structured clone round trip)',
  () => deserialize(serialize(one.built)) as unknown,
);
await timed(
  rows,
  'phase two: proposals (background)',
  () => buildProposals(one.built.dataset, options.decisions),
  (p) => `${p.length} proposals`,
);
await timed(rows, 'phase two: organisation metrics (background)', () =>
  buildMetrics(one.built.dataset, one.index, one.built.model),
);

const { dataset, analysis, model, proposals, previews, files } = full;
const entry = {
  key: 'k',
  format: BUILD_CACHE_FORMAT,
  workspace: 'w',
  savedAt: 1,
  built: { dataset, analysis, model, proposals, previews, files },
};
const stored = await timed(
  rows,
  'cached model: serialise (IndexedDB put)',
  () => serialize(entry),
  (b) => `${(b.byteLength / 1024 / 1024).toFixed(1)} MB`,
);
const back = await timed(rows, 'cached model: deserialise (IndexedDB get)', () =>
  deserialize(stored),
);
await timed(
  rows,
  'cached model: entry check (cachedBuildOf)',
  () => cachedBuildOf(back, 'k'),
  (b) => (b ? 'whole' : 'REFUSED'),
);
const workspace: Workspace = {
  id: 'w',
  source: 'files',
  files: [{ name: fileName, size: csv.byteLength }],
  mappings: safeRecord(),
  decisions: options.decisions,
  placements: safeRecord(),
  register: safeRecord(),
};
await timed(
  rows,
  'cache key (SHA-256 of file and inputs, first time)',
  () =>
    buildCacheKey(workspace, new Map([[fileName, csv.slice().buffer as ArrayBuffer]]), salt, 'app'),
  () => `${(csv.byteLength / 1024 / 1024).toFixed(1)} MB file`,
);

console.log(
  `## A merge decision at ${SCALE}x (${orgs.length} organisations, ${before.dataset.clusters.length} clusters), Node ${process.version}, median of ${RUNS}\n`,
);
console.log(
  table(
    ['step', 'wall ms', 'cpu ms', 'note'],
    rows.map((r) => [r.step, r.ms.toFixed(0), r.cpuMs.toFixed(0), r.note]),
  ),
);
