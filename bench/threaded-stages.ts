/**
 * The stages that share their work with threads, as the CLI runs them (worker_threads on the
 * bundled metrics worker, one fewer than the cores beside this thread): organisation
 * betweenness and the whole analyse. Wall time is what a user waits; CPU time sums all threads.
 * The bench runs under tsx, whose loader worker threads do not get, so the worker is bundled
 * here with esbuild first, as scripts/build-cli.mjs does for the CLI.
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { metricsThreads } from '../src/cli/metrics-threads';
import { analyseInParallel } from '../src/domain/analysis/analyse';
import { buildBipartiteGraph } from '../src/domain/graph/bipartite';
import { indexMemberships } from '../src/domain/graph/membership-index';
import type { Dataset } from '../src/domain/membership/types';
import { betweennessInParallel } from '../src/domain/metrics/betweenness';
import { measureAsync, type StageRow } from './stages';

let bundled: Promise<URL> | undefined;

function workerScript(): Promise<URL> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'kk-bench-')), 'metrics-worker.js');
    await build({
      entryPoints: [join(import.meta.dirname, '../src/cli/metrics-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    return pathToFileURL(outfile);
  })();
  return bundled;
}

export async function threadedStages(dataset: Dataset): Promise<StageRow[]> {
  const pool = metricsThreads(await workerScript())!;
  const threads = `${pool.threads + 1} threads`;
  const rows: StageRow[] = [];
  try {
    const bipartite = buildBipartiteGraph(indexMemberships(dataset));
    await measureAsync(
      `betweenness (organisations), ${threads}`,
      () => betweennessInParallel(bipartite, { runner: pool }),
      rows,
    );
    await measureAsync(
      `analyse (whole), ${threads}`,
      () => analyseInParallel(dataset, { runner: pool }),
      rows,
    );
  } finally {
    pool.close();
  }
  return rows;
}
