/**
 * Speed of the pipeline steps on inputs of growing size, median of several runs, in one process
 * so the ratios between sizes are measured side by side.
 */
import { buildDataset } from '../src/domain/membership/build-dataset';
import { proposeDuplicates } from '../src/domain/membership/proposals';
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

export async function speedBench(): Promise<SpeedRow[]> {
  const rows: SpeedRow[] = [];
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
