/**
 * A ParallelRunner (parallel.ts) over threads that answer MetricTasks by message, whatever the
 * threads are: Web Workers in the app's worker, worker_threads in the CLI. Each side gives only
 * how to start a thread and post to it; this keeps the bookkeeping (which task went where, the
 * least busy thread next, a failed thread failing its tasks so the caller takes them back) in
 * one place, free of any platform's API. Threads start on first use.
 */
import { runMetricTask, type MetricTask, type ParallelRunner } from './parallel';

export interface TaskMessage {
  readonly id: number;
  readonly task: MetricTask;
}

export interface TaskAnswer {
  readonly id: number;
  readonly partial?: Float64Array;
  readonly error?: string;
}

/** What a thread does with a message (the worker entries call this, then post the answer). */
export function answerTask({ id, task }: TaskMessage): TaskAnswer {
  try {
    return { id, partial: runMetricTask(task) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

export interface TaskThread {
  post(message: TaskMessage): void;
  /** true when the thread gets work, false when it has none left (Node lets idle ones be). */
  busy?(busy: boolean): void;
  end(): void;
}

/** Starts a thread that hands its answers to `answer`, and anything that breaks it to `fail`. */
export type StartThread = (events: {
  answer(answer: TaskAnswer): void;
  fail(error: Error): void;
}) => TaskThread;

export interface TaskPool extends ParallelRunner {
  /** Ends every thread; tasks still out reject. */
  close(): void;
}

interface Slot {
  thread: TaskThread | null;
  failed: boolean;
  readonly pending: Map<number, { resolve(p: Float64Array): void; reject(e: Error): void }>;
}

export function createTaskPool(threads: number, start: StartThread): TaskPool {
  const slots: Slot[] = Array.from({ length: threads }, () => ({
    thread: null,
    failed: false,
    pending: new Map(),
  }));
  let nextId = 0;

  const fail = (slot: Slot, error: Error) => {
    slot.failed = true;
    for (const { reject } of slot.pending.values()) reject(error);
    slot.pending.clear();
    slot.thread?.end();
  };
  const answer = (slot: Slot, { id, partial, error }: TaskAnswer) => {
    const waiting = slot.pending.get(id);
    if (!waiting) return;
    slot.pending.delete(id);
    if (slot.pending.size === 0) slot.thread?.busy?.(false);
    if (partial) waiting.resolve(partial);
    else waiting.reject(new Error(error ?? 'The thread gave no result'));
  };
  const threadOf = (slot: Slot): TaskThread =>
    (slot.thread ??= start({
      answer: (a) => answer(slot, a),
      fail: (e) => fail(slot, e),
    }));

  return {
    threads,
    run(task) {
      const live = slots.filter((s) => !s.failed);
      if (live.length === 0) return Promise.reject(new Error('No thread is left'));
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<Float64Array>((resolve, reject) => {
        try {
          const thread = threadOf(slot);
          slot.pending.set(id, { resolve, reject });
          if (slot.pending.size === 1) thread.busy?.(true);
          thread.post({ id, task });
        } catch (error) {
          slot.pending.delete(id);
          fail(slot, error instanceof Error ? error : new Error(String(error)));
          reject(error);
        }
      });
    },
    close() {
      for (const slot of slots) fail(slot, new Error('The threads were closed'));
    },
  };
}
