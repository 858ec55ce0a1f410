/**
 * One lane for everything that reads files or rebuilds: tasks run one after another, so a rebuild
 * never sees a half-switched workspace. Rebuild requests coalesce: while one is waiting to start,
 * asking again joins it (it will see the latest workspace), so ten quick clicks cost one rebuild
 * after the one in flight, not ten.
 */
export interface TaskQueue {
  run(task: () => Promise<void>): Promise<void>;
  /** Queues `task` unless a coalesced task is already waiting; then returns that one. */
  coalesce(task: () => Promise<void>): Promise<void>;
}

export function createTaskQueue(): TaskQueue {
  let tail: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | null = null;
  const run = (task: () => Promise<void>) => {
    const next = tail.then(task);
    // A failed task must not stop the ones after it; its caller sees the failure.
    tail = next.catch(() => undefined);
    return next;
  };
  return {
    run,
    coalesce(task) {
      if (waiting) return waiting;
      const queued = run(() => {
        waiting = null;
        return task();
      });
      waiting = queued;
      return queued;
    },
  };
}
