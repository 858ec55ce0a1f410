/**
 * Speed of the pipeline steps on inputs of growing size, median of several runs, in one process
 * so the ratios between sizes are measured side by side.
 */
import { collectFiles, readBytes } from '../src/cli/collect-files';
import { analyse } from '../src/domain/analysis/analyse';
import { buildDataset } from '../src/domain/membership/build-dataset';
import { readFile } from '../src/io/read-file';
import { proposeDuplicates } from '../src/domain/membership/proposals';
import { buildPageModel } from '../src/domain/page/build-model';
import { messyLists } from './messy-lists';

export interface SpeedRow {
  readonly step: string;
  readonly size: string;
  readonly medianMs: number;
  readonly runs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The default dataset end to end, step by step, as the CLI and the worker run it. */
function defaultDataRows(): SpeedRow[] {
  const { files } = collectFiles(['data/default']);
  const bytes = files.map((f) => ({ name: f.name, bytes: readBytes(f) }));
  const reads = bytes.map((f) => readFile(f.name, f.bytes));
  const dataset = buildDataset(reads);
  const size = `default data, ${files.length} files`;
  const analysis = analyse(dataset);
  return [
    {
      step: 'readFile (all files)',
      size,
      medianMs: time(5, () => bytes.forEach((f) => readFile(f.name, f.bytes))),
      runs: 5,
    },
    { step: 'buildDataset', size, medianMs: time(5, () => buildDataset(reads)), runs: 5 },
    { step: 'analyse', size, medianMs: time(5, () => analyse(dataset)), runs: 5 },
    {
      step: 'buildPageModel',
      size,
      medianMs: time(5, () => buildPageModel(dataset, analysis, 'bench')),
      runs: 5,
    },
    {
      step: 'proposeDuplicates',
      size,
      medianMs: time(5, () => proposeDuplicates(dataset.organisations)),
      runs: 5,
    },
  ];
}

export async function speedBench(): Promise<SpeedRow[]> {
  const rows: SpeedRow[] = [...defaultDataRows()];
  for (const orgs of [1000, 5000, 20000]) {
    const data = messyLists(3, orgs, 16);
    const reads = data.tables.map((t) => ({
      file: t.file,
      ok: true as const,
      tables: [t],
      notes: [],
    }));
    const runs = orgs >= 20000 ? 3 : 5;
    const size = `${orgs} orgs, ${data.truth.length} rows`;
    rows.push({
      step: 'buildDataset',
      size,
      medianMs: time(runs, () => buildDataset(reads)),
      runs,
    });
    const dataset = buildDataset(reads);
    rows.push({
      step: 'proposeDuplicates',
      size,
      medianMs: time(runs, () => proposeDuplicates(dataset.organisations)),
      runs,
    });
  }
  return rows;
}
