/**
 * How long reportModel takes on the default shape at 1x, 10x and 100x (bench/scaled-data.ts),
 * in the report worker, and what stays on the page's thread: the slim copy of the dataset and
 * its structured clone to the worker (features/report/report-api.ts). Prints a table; run with
 * `npx tsx bench/report-model.ts`.
 */
import { analyse } from '../src/domain/analysis/analyse';
import { reportModel } from '../src/domain/report/report-model';
import { slimDataset } from '../src/features/report/report-api';
import { scaledDataset } from './scaled-data';

const rows: {
  scale: number;
  clusters: number;
  organisations: number;
  workerMs: number;
  pageMs: number;
}[] = [];
for (const scale of [1, 10, 100]) {
  const dataset = scaledDataset({ scale });
  // The analysis comes from the worker in the app; only reportModel runs on the page.
  const analysis = analyse(dataset);
  reportModel(dataset, analysis, 'nb');
  const runs = 5;
  const start = performance.now();
  for (let i = 0; i < runs; i++) reportModel(dataset, analysis, i % 2 ? 'en' : 'nb');
  const worker = (performance.now() - start) / runs;
  const pageStart = performance.now();
  for (let i = 0; i < runs; i++) structuredClone(slimDataset(dataset));
  const page = (performance.now() - pageStart) / runs;
  rows.push({
    scale,
    clusters: dataset.clusters.length,
    organisations: dataset.organisations.length,
    workerMs: Math.round(worker * 10) / 10,
    pageMs: Math.round(page * 10) / 10,
  });
}
console.table(rows);
