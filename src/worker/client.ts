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
  /** Fails every call in flight and ends this worker; the next call starts a fresh one. */
  readonly fail: (message: string) => void;
}

/**
 * How long reading may take before the worker is stopped. Reading is synchronous inside the
 * worker, and a damaged old-format .xls can send the spreadsheet parser into an endless loop:
 * only ending the worker frees the page. Generous, since 50 MB files take a few seconds.
 */
export const READ_TIME_LIMIT_MS = 60_000;

export function createPipelineClient(options: { readTimeLimitMs?: number } = {}): PipelineClient {
  const readTimeLimitMs = options.readTimeLimitMs ?? READ_TIME_LIMIT_MS;
  let running: Running | null = null;

  function start(): Running {
    const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
    const pending = new Set<(error: Error) => void>();
    const fail = (message: string) => {
      const error = new Error(message);
      for (const reject of pending) reject(error);
      pending.clear();
      // A fresh worker is started on the next call; this one may be in any state.
      worker.terminate();
      if (running === state) running = null;
    };
    const state: Running = { worker, remote: wrap<PipelineApi>(worker), pending, fail };
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

  function call<T>(
    work: (remote: Remote<PipelineApi>) => Promise<T>,
    limit?: { ms: number; message: string },
  ): Promise<T> {
    const current = running ?? (running = start());
    return new Promise<T>((resolve, reject) => {
      current.pending.add(reject);
      const timer = limit ? setTimeout(() => current.fail(limit.message), limit.ms) : undefined;
      work(current.remote)
        .then(resolve, (error: unknown) => reject(toError(error)))
        .finally(() => {
          clearTimeout(timer);
          current.pending.delete(reject);
        });
    });
  }

  const readLimit = (files: readonly InputFile[]) => ({
    ms: readTimeLimitMs,
    message: `Reading ${files.map((f) => f.name).join(', ')} took more than ${readTimeLimitMs / 1000} s and was stopped; a damaged file (often an old .xls) can do this. Save it again as .xlsx or CSV and load it anew.`,
  });

  const moved = (files: readonly InputFile[]) =>
    transfer(
      files,
      files.map((f) => f.bytes),
    );

  return {
    readFiles: (files) => call((remote) => remote.readFiles(moved(files)), readLimit(files)),
    // comlink's Remote<> splits the union result into a union of promises; it is one promise.
    build: (request) => call((remote) => remote.build(request) as Promise<BuildResult>),
    forget: (names) => call((remote) => remote.forget(names)),
    analyseFiles: (files) => call((remote) => remote.analyseFiles(moved(files)), readLimit(files)),
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
