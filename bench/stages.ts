/**
 * The analysis split into its stages (index, graphs, each metric on each graph, county links,
 * the whole analyse), each timed with its heap and RSS change, so `npm run bench` can say where
 * the time goes at 1x, 10x and 100x. Runs the same domain functions analyse() runs.
 */
import { analyse } from '../src/domain/analysis/analyse';
import { buildBipartiteGraph } from '../src/domain/graph/bipartite';
import { computeCountyLinkMatrix } from '../src/domain/graph/county-links';
import { indexMemberships } from '../src/domain/graph/membership-index';
import { buildOverlapGraph, clusterOverlaps } from '../src/domain/graph/overlap';
import type { Dataset } from '../src/domain/membership/types';
import { runMetric } from '../src/domain/metrics/compute-all';
import { METRICS } from '../src/domain/metrics/registry';

export interface StageRow {
  readonly stage: string;
  readonly ms: number;
  /** CPU time of this process (user + system): wall time on a machine others also use is not. */
  readonly cpuMs: number;
  readonly heapMb: number;
  readonly rssMb: number;
  readonly note: string;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** What a stage's measurement starts from; `stageEnded` turns it into a row. */
function stageStarted() {
  return {
    report: progress,
    before: process.memoryUsage(),
    cpu: process.cpuUsage(),
    start: performance.now(),
  };
}

function stageEnded(
  started: ReturnType<typeof stageStarted>,
  stage: string,
  rows: StageRow[],
  note: string,
): void {
  const ms = performance.now() - started.start;
  const used = process.cpuUsage(started.cpu);
  const after = process.memoryUsage();
  const row: StageRow = {
    stage,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    heapMb: mb(after.heapUsed - started.before.heapUsed),
    rssMb: mb(after.rss - started.before.rss),
    note,
  };
  rows.push(row);
  started.report?.(row);
}

export function measure<T>(stage: string, fn: () => T, rows: StageRow[], note = ''): T {
  const started = stageStarted();
  const value = fn();
  stageEnded(started, stage, rows, note);
  return value;
}

/** measure() for work that awaits (threads); CPU time counts every thread of the process. */
export async function measureAsync<T>(
  stage: string,
  fn: () => Promise<T>,
  rows: StageRow[],
): Promise<T> {
  const started = stageStarted();
  const value = await fn();
  stageEnded(started, stage, rows, '');
  return value;
}

const ORGANISATION_WEIGHTLESS = new Set(['weightedDegree', 'eigenvector', 'pagerank']);

let progress: ((row: StageRow) => void) | undefined;

/** Who hears of each measured stage as it ends (long runs show progress); undefined: no one. */
export function onStage(listener: ((row: StageRow) => void) | undefined): void {
  progress = listener;
}

/** Each stage in turn; `onRow` hears of each as it ends (long runs show progress). */
export function analysisStages(dataset: Dataset, onRow?: (row: StageRow) => void): StageRow[] {
  progress = onRow;
  const rows: StageRow[] = [];
  const index = measure('index memberships', () => indexMemberships(dataset), rows);
  const pairs = measure('cluster overlaps', () => clusterOverlaps(index), rows);
  const bipartite = measure('bipartite graph', () => buildBipartiteGraph(index), rows);
  const overlap = measure('overlap graph', () => buildOverlapGraph(index, pairs), rows);
  for (const metric of METRICS) {
    for (const [kind, graph] of [
      ['clusters', overlap],
      ['organisations', bipartite],
    ] as const) {
      if (metric.graph !== 'both' && metric.graph !== kind) continue;
      const params =
        kind === 'organisations' && ORGANISATION_WEIGHTLESS.has(metric.id) ? { weight: null } : {};
      // A copy per metric: each is timed on its own, without what another derived before
      // (metrics/graph-memo.ts); the whole analyse below shares it.
      const own = graph.copy();
      const outcome = measure(`${metric.id} (${kind})`, () => runMetric(metric, own, params), rows);
      if (!outcome.ok)
        rows[rows.length - 1] = {
          ...rows[rows.length - 1]!,
          note: `not computed: ${outcome.reason.code}`,
        };
    }
  }
  measure('county links', () => computeCountyLinkMatrix(index), rows);
  measure('analyse (whole)', () => analyse(dataset), rows);
  return rows;
}
