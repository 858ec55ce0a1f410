/**
 * The page's typed handle on the analysis worker. One worker, created on first use; file buffers
 * are transferred, not copied. Every failure, including a worker that dies or fails to start,
 * comes back as a rejected promise with a readable message, never as an uncaught page error.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { InputFile, PipelineApi, PipelineResult } from './types';

export interface PipelineClient {
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

  return {
    analyseFiles(files) {
      const current = running ?? (running = start());
      return new Promise<PipelineResult>((resolve, reject) => {
        current.pending.add(reject);
        const buffers = files.map((f) => f.bytes);
        current.remote
          .analyseFiles(transfer(files, buffers))
          .then(resolve, (error: unknown) => reject(toError(error)))
          .finally(() => current.pending.delete(reject));
      });
    },
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
