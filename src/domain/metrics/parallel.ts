/**
 * Sharing a metric's sum over sources (betweenness) with other threads. The domain describes
 * the work as tasks of plain typed arrays, which cross postMessage as they are, and schedules
 * them; a ParallelRunner, given by the app's worker (Web Workers) or the CLI (worker_threads),
 * only carries a task to a thread and its partial sums back. The calling thread takes tasks too,
 * and takes back any task whose thread failed, so the values never depend on the threads: the
 * partials are added in task order, equal to the single-threaded sums to rounding.
 */
import { betweennessPartial, type FoldedArrays } from './betweenness-sums';

/** Betweenness partial sums over sources[from .. to) (betweennessPartial). */
export interface BetweennessTask {
  readonly kind: 'betweenness';
  readonly arrays: FoldedArrays;
  readonly sources: Int32Array;
  readonly from: number;
  readonly to: number;
}

export type MetricTask = BetweennessTask;

export interface ParallelRunner {
  /** Threads beside the calling one. */
  readonly threads: number;
  /** Runs the task on one of them; rejects when that thread fails or cannot start. */
  run(task: MetricTask): Promise<Float64Array>;
}

export interface ParallelOptions {
  readonly runner: ParallelRunner;
  /** Hears after each task: tasks done, of all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What a thread does with a task (the worker entries call this). */
export function runMetricTask(task: MetricTask): Float64Array {
  return betweennessPartial(task.arrays, task.sources, task.from, task.to);
}

/**
 * Tasks per thread: several, so a thread slowed by other load on the machine takes fewer, and
 * the last task to finish is short.
 */
const TASKS_PER_THREAD = 6;
/** Tasks each other thread holds at once: the next one waits there while it works. */
const IN_FLIGHT = 2;

/** [from, to) slices of `count` sources, in order, as even as whole numbers allow. */
export function slicesOf(count: number, pieces: number): [number, number][] {
  const k = Math.max(1, Math.min(pieces, count));
  return Array.from({ length: k }, (_, i) => [
    Math.floor((count * i) / k),
    Math.floor((count * (i + 1)) / k),
  ]);
}

/** Lets messages from other threads be handled between two tasks of the calling thread. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The betweenness partials of every slice of `sources`, in slice order, over the threads. */
export async function runSlices(
  arrays: FoldedArrays,
  sources: Int32Array,
  { runner, onProgress }: ParallelOptions,
): Promise<Float64Array[]> {
  const pieces = runner.threads > 0 ? (runner.threads + 1) * TASKS_PER_THREAD : 1;
  const tasks = slicesOf(sources.length, pieces).map(([from, to]): MetricTask => ({
    kind: 'betweenness',
    arrays,
    sources,
    from,
    to,
  }));
  const results: Float64Array[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const finished = (i: number, partial: Float64Array) => {
    results[i] = partial;
    onProgress?.(++done, tasks.length);
  };
  const elsewhere = async () => {
    for (let i = next++; i < tasks.length; i = next++) {
      const partial = await runner.run(tasks[i]!).catch(() => runMetricTask(tasks[i]!));
      finished(i, partial);
    }
  };
  const here = async () => {
    for (let i = next++; i < tasks.length; i = next++) {
      finished(i, runMetricTask(tasks[i]!));
      await nextTurn();
    }
  };
  const loops = Array.from({ length: runner.threads * IN_FLIGHT }, elsewhere);
  await Promise.all([...loops, here()]);
  return results;
}
