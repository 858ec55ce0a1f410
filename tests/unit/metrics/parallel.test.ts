/**
 * Betweenness with its searches shared over threads equals the single-threaded values to 1e-9:
 * with runners of 1 to 3 threads that answer in turn, out of order, or fail (the calling thread
 * then takes their tasks back), through a task pool of message-passing threads, on real
 * worker_threads running the bundled CLI worker, and for the whole analysis document.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { metricsThreads } from '../../../src/cli/metrics-threads';
import { analyse, analyseInParallel } from '../../../src/domain/analysis/analyse';
import { betweennessInParallel, betweennessValues } from '../../../src/domain/metrics/betweenness';
import {
  runMetricTask,
  slicesOf,
  type MetricTask,
  type ParallelRunner,
} from '../../../src/domain/metrics/parallel';
import { answerTask, createTaskPool } from '../../../src/domain/metrics/task-pool';
import type { NodeValues } from '../../../src/domain/metrics/types';
import { scaledDataset } from '../../../bench/scaled-data';
import { bipartite, GRAPHS } from './test-graphs';

function expectSame(actual: NodeValues, expected: NodeValues): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected))
    expect(Math.abs(actual[node]! - value), node).toBeLessThanOrEqual(1e-9);
}

/** A runner whose threads are promises here; the task crosses as postMessage would copy it. */
function localRunner(
  threads: number,
  behave: (call: number) => 'ok' | 'late' | 'fail' = () => 'ok',
): ParallelRunner & { calls: number } {
  const runner = {
    threads,
    calls: 0,
    run(task: MetricTask) {
      const how = behave(runner.calls++);
      const copy = structuredClone(task);
      if (how === 'fail') return Promise.reject(new Error('thread died'));
      const delay = how === 'late' ? 5 : 0;
      return new Promise<Float64Array>((resolve) =>
        setTimeout(() => resolve(runMetricTask(copy)), delay),
      );
    },
  };
  return runner;
}

describe('slicesOf', () => {
  it('covers every source once, in order, as evenly as possible', () => {
    for (const [count, pieces] of [
      [10, 3],
      [2, 5],
      [0, 4],
      [1000, 24],
    ] as const) {
      const slices = slicesOf(count, pieces);
      expect(slices[0]![0]).toBe(0);
      expect(slices.at(-1)![1]).toBe(count);
      for (let i = 1; i < slices.length; i++) expect(slices[i]![0]).toBe(slices[i - 1]![1]);
      const sizes = slices.map(([a, b]) => b - a);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

describe.each(GRAPHS)('betweenness in parallel, %s', (_name, graph) => {
  const single = betweennessValues(graph);
  it.each([0, 1, 3])('equals the single thread with %i other threads', async (threads) => {
    const runner = localRunner(threads, (call) => (call % 2 ? 'late' : 'ok'));
    expectSame(await betweennessInParallel(graph, { runner }), single);
  });
  it('equals it when every other thread fails', async () => {
    expectSame(
      await betweennessInParallel(graph, { runner: localRunner(2, () => 'fail') }),
      single,
    );
  });
});

describe('betweenness in parallel, larger bipartite graphs', () => {
  it.each([11, 12, 13])(
    'equals the single thread (seed %i), with progress to the end',
    async (seed) => {
      const graph = bipartite(2000, 60, seed);
      const runner = localRunner(2, (call) => (call === 3 ? 'fail' : call % 3 ? 'late' : 'ok'));
      const heard: [number, number][] = [];
      const values = await betweennessInParallel(graph, {
        runner,
        onProgress: (done, total) => heard.push([done, total]),
      });
      expectSame(values, betweennessValues(graph));
      expect(runner.calls).toBeGreaterThan(2);
      const total = heard[0]![1];
      expect(total).toBe(18);
      expect(heard.map(([done]) => done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    },
  );
});

describe('the task pool', () => {
  it('spreads tasks over message-passing threads; a thread that breaks fails its tasks', async () => {
    const graph = bipartite(1500, 40, 21);
    const posted: number[] = [];
    const pool = createTaskPool(3, ({ answer, fail }) => {
      const thread = posted.length;
      posted.push(0);
      return {
        post(message) {
          posted[thread]!++;
          // Thread 2 breaks on its second task; the others answer a turn later.
          if (thread === 2 && posted[thread] === 2) setTimeout(() => fail(new Error('gone')), 0);
          else setTimeout(() => answer(answerTask(structuredClone(message))), 0);
        },
        end() {},
      };
    });
    expectSame(await betweennessInParallel(graph, { runner: pool }), betweennessValues(graph));
    expect(posted).toHaveLength(3);
    expect(posted.every((n) => n >= 2)).toBe(true);
    pool.close();
    await expect(pool.run({} as MetricTask)).rejects.toThrow('No thread is left');
  });
});

describe('on real worker_threads (the bundled CLI worker)', () => {
  let dir = '';
  let script: URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kk-metrics-worker-'));
    const outfile = join(dir, 'metrics-worker.js');
    await build({
      entryPoints: [join(__dirname, '../../../src/cli/metrics-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    script = pathToFileURL(outfile);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the single-threaded betweenness on varied graphs', async () => {
    const pool = metricsThreads(script, 2)!;
    // Counts the tasks the threads answered: a failing thread would be covered up by the
    // calling thread taking its tasks back.
    let answered = 0;
    const runner: ParallelRunner = {
      threads: pool.threads,
      run: (task) => pool.run(task).then((partial) => (answered++, partial)),
    };
    try {
      for (const graph of [...GRAPHS.map(([, g]) => g), bipartite(3000, 80, 31)])
        expectSame(await betweennessInParallel(graph, { runner }), betweennessValues(graph));
      expect(answered).toBeGreaterThan(GRAPHS.length);
    } finally {
      pool.close();
    }
  });

  it('gives the analysis document analyse() gives', async () => {
    const dataset = scaledDataset({ scale: 1 });
    const pool = metricsThreads(script, 1)!;
    const heard: string[] = [];
    try {
      const threaded = await analyseInParallel(dataset, {
        runner: pool,
        onMetric: ({ graph, metric, done, total }) =>
          heard.push(`${graph} ${metric} ${done}/${total}`),
      });
      const single = analyse(dataset);
      const { metrics: m1, ...rest1 } = threaded;
      const { metrics: m2, ...rest2 } = single;
      expect(rest1).toEqual(rest2);
      for (const kind of ['organisations', 'clusters'] as const) {
        expect(Object.keys(m1[kind])).toEqual(Object.keys(m2[kind]));
        for (const [name, row] of Object.entries(m2[kind]))
          for (const [id, value] of Object.entries(row)) {
            const other = m1[kind][name]![id];
            if (value === null) expect(other).toBeNull();
            else expect(Math.abs(other! - value), `${name} ${id}`).toBeLessThanOrEqual(1e-9);
          }
      }
      expect(heard).toContain('organisations betweenness 12/12');
      expect(heard).toContain('clusters community 0/0');
    } finally {
      pool.close();
    }
  });
});
