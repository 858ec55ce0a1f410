/** The task lane: tasks run in order, a failure does not block the next, rebuild requests coalesce. */
import { describe, expect, it } from 'vitest';
import { createTaskQueue } from '../../../src/state/task-queue';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('task queue', () => {
  it('runs tasks one after another, even when an earlier one fails', async () => {
    const queue = createTaskQueue();
    const log: string[] = [];
    const slow = queue.run(async () => {
      log.push('a start');
      await tick();
      log.push('a end');
      throw new Error('a failed');
    });
    const next = queue.run(async () => {
      log.push('b');
    });
    await expect(slow).rejects.toThrow('a failed');
    await next;
    expect(log).toEqual(['a start', 'a end', 'b']);
  });

  it('joins coalesced requests while one waits; a request after it started queues a new one', async () => {
    const queue = createTaskQueue();
    let runs = 0;
    const task = async () => {
      runs++;
      await tick();
    };
    const blocker = queue.run(async () => {
      await tick();
    });
    const first = queue.coalesce(task);
    const second = queue.coalesce(task);
    expect(second).toBe(first);
    await blocker;
    await tick();
    // `first` has started: a new request must run again to see later changes.
    const third = queue.coalesce(task);
    expect(third).not.toBe(first);
    await Promise.all([first, third]);
    expect(runs).toBe(2);
  });
});
