/**
 * A metrics thread of the analysis worker (metrics-threads.ts): answers each task (betweenness
 * partial sums over a slice of sources) with its partial sums, moved rather than copied.
 */
import { answerTask, type TaskMessage } from '../domain/metrics/task-pool';

self.onmessage = (event: MessageEvent<TaskMessage>) => {
  const answer = answerTask(event.data);
  self.postMessage(answer, { transfer: answer.partial ? [answer.partial.buffer] : [] });
};
