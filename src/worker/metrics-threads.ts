/**
 * The analysis worker's own workers for the metrics that share their work
 * (domain/metrics/parallel.ts): one fewer than the machine's cores, at least one (the analysis
 * worker takes tasks too), started on first use and kept for the next build. They end with the
 * analysis worker (a cancelled build ends it). Null where workers cannot be started (Node in
 * the unit tests): the metrics then run on this thread, with the same values.
 */
import { createTaskPool, type TaskAnswer, type TaskPool } from '../domain/metrics/task-pool';

const MAX_THREADS = 7;

export function metricsThreads(): TaskPool | null {
  if (typeof Worker === 'undefined' || typeof navigator === 'undefined') return null;
  const threads = Math.max(1, Math.min(MAX_THREADS, (navigator.hardwareConcurrency || 2) - 1));
  return createTaskPool(threads, ({ answer, fail }) => {
    const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<TaskAnswer>) => answer(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new Error(event.message || 'A metrics worker failed to start'));
    };
    worker.onmessageerror = () => fail(new Error('A metrics worker sent an unreadable message'));
    return { post: (message) => worker.postMessage(message), end: () => worker.terminate() };
  });
}
