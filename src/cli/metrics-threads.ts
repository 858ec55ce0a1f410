/**
 * The CLI's threads for the metrics that share their work (domain/metrics/parallel.ts):
 * worker_threads running the bundled metrics-worker.js beside the CLI bundle, one fewer than
 * the machine's cores (the CLI's own thread takes tasks too). Idle threads are unref'd, so they
 * never keep the process alive. From source (tsx) there are none: Node 20 does not hand tsx's
 * loader on to worker threads, so the metrics then run on the one thread, with the same values.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createTaskPool, type TaskAnswer, type TaskPool } from '../domain/metrics/task-pool';

/** More threads than this gain little on a graph of a few thousand core nodes. */
const MAX_THREADS = 7;

export function defaultThreadCount(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism() - 1));
}

/** A pool over `script` (a bundled metrics-worker.js), or null from source without one. */
export function metricsThreads(
  script: URL | null = import.meta.url.endsWith('.ts')
    ? null
    : new URL('./metrics-worker.js', import.meta.url),
  threads = defaultThreadCount(),
): TaskPool | null {
  if (!script) return null;
  const path = fileURLToPath(script);
  return createTaskPool(threads, ({ answer, fail }) => {
    const worker = new Worker(path);
    worker.unref();
    worker.on('message', (message: TaskAnswer) => answer(message));
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`A metrics thread stopped (exit code ${code})`)));
    return {
      post: (message) => worker.postMessage(message),
      busy: (busy) => (busy ? worker.ref() : worker.unref()),
      end: () => void worker.terminate(),
    };
  });
}
