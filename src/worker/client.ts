/**
 * The page's typed handle on the analysis worker. One worker, created on first use; file buffers
 * are transferred, not copied. Every failure, including a worker that dies or fails to start,
 * comes back as a rejected promise with a readable message, never as an uncaught page error.
 * A restarted worker has an empty read cache: build() then answers { ok: false, missing }.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type {
  BuildRequest,
  BuildResult,
  InputFile,
  PipelineApi,
  PipelineResult,
  ReadSummary,
} from './types';

export interface PipelineClient {
  readFiles(files: readonly InputFile[]): Promise<ReadSummary>;
  build(request: BuildRequest): Promise<BuildResult>;
  forget(names?: readonly string[]): Promise<void>;
  analyseFiles(files: readonly InputFile[]): Promise<PipelineResult>;
  dispose(): void;
}

interface Running {
  readonly worker: Worker;
  readonly remote: Remote<PipelineApi>;
  /** Rejecters of calls in flight, so a crashed worker fails them instead of leaving them hanging. */
  readonly pending: Set<(error: Error) => void>;
}

export function createPipelineClient(): PipelineClient {
  let running: Running | null = null;

  function start(): Running {
    const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
    const state: Running = { worker, remote: wrap<PipelineApi>(worker), pending: new Set() };
    const fail = (message: string) => {
      const error = new Error(message);
      for (const reject of state.pending) reject(error);
      state.pending.clear();
      // A fresh worker is started on the next call; this one may be in any state.
      worker.terminate();
      if (running === state) running = null;
    };
    worker.addEventListener('error', (event) => {
      // Handled here: without preventDefault the browser reports it as an uncaught page error.
      event.preventDefault();
      fail(`The analysis worker failed: ${event.message || 'it could not be started'}`);
    });
    worker.addEventListener('messageerror', () => {
      fail('The analysis worker sent a message the page could not read');
    });
    return state;
  }

  function call<T>(work: (remote: Remote<PipelineApi>) => Promise<T>): Promise<T> {
    const current = running ?? (running = start());
    return new Promise<T>((resolve, reject) => {
      current.pending.add(reject);
      work(current.remote)
        .then(resolve, (error: unknown) => reject(toError(error)))
        .finally(() => current.pending.delete(reject));
    });
  }

  const moved = (files: readonly InputFile[]) =>
    transfer(
      files,
      files.map((f) => f.bytes),
    );

  return {
    readFiles: (files) => call((remote) => remote.readFiles(moved(files))),
    // comlink's Remote<> splits the union result into a union of promises; it is one promise.
    build: (request) => call((remote) => remote.build(request) as Promise<BuildResult>),
    forget: (names) => call((remote) => remote.forget(names)),
    analyseFiles: (files) => call((remote) => remote.analyseFiles(moved(files))),
    dispose() {
      running?.worker.terminate();
      running = null;
    },
  };
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new Error(typeof error === 'string' ? error : 'The analysis failed for an unknown reason');
}
