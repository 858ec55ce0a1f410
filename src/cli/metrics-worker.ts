/**
 * A metrics thread of the CLI (metrics-threads.ts): answers each task (betweenness partial sums
 * over a slice of sources) with its partial sums, moved rather than copied. Bundled on its own
 * as dist-cli/metrics-worker.js (scripts/build-cli.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { answerTask, type TaskMessage } from '../domain/metrics/task-pool';

parentPort?.on('message', (message: TaskMessage) => {
  const answer = answerTask(message);
  parentPort!.postMessage(answer, answer.partial ? [answer.partial.buffer as ArrayBuffer] : []);
});
