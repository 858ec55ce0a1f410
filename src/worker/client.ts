/**
 * The page's typed handle on the analysis worker. One worker, created on first use; file buffers
 * are transferred, not copied. Every failure, including a worker that dies or fails to start,
 * comes back as a rejected promise with a readable message, never as an uncaught page error.
 * A restarted worker has an empty read cache: build() then answers { ok: false, missing }.
 * Files are read one per call, each under its own time limit: a file that gets the reader stuck
 * is refused with a message (and remembered, so a refill does not get stuck on it again) while
 * the others are read. A build can be cancelled: the worker is ended and the call rejects with
 * a CancelledError; the next call starts a fresh worker.
 */
import { message } from '../domain/messages/make';
import { proxy, transfer, wrap, type ProxyMarked, type Remote } from 'comlink';
import { createPieceCollector, type Slice } from '../domain/records/pieces';
import type {
  BuildRequest,
  BuildResult,
  FileStatus,
  InputFile,
  MetricsResult,
  PipelineApi,
  PipelineResult,
  ProposalsResult,
  ReadSummary,
  TablePreview,
} from './types';
import type { PartnerRequest, PartnerResult } from './partners';

export interface PipelineClient {
  /** Reads file by file; `onFile` hears after each one (for progress). */
  readFiles(
    files: readonly InputFile[],
    onFile?: (done: number, total: number) => void,
  ): Promise<ReadSummary>;
  /** `onProgress` hears how far the metrics are (PipelineApi.build). */
  build(
    request: BuildRequest,
    onProgress?: (done: number, total: number) => void,
  ): Promise<BuildResult>;
  /** Phase two of a phased build (PipelineApi.metrics, .proposals). */
  metrics(
    buildId: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<MetricsResult | null>;
  proposals(buildId: number): Promise<ProposalsResult | null>;
  /** A build from the page's cache becomes the worker's last build (PipelineApi.adopt). */
  adopt: PipelineApi['adopt'];
  forget(names?: readonly string[]): Promise<void>;
  analyseFiles(files: readonly InputFile[]): Promise<PipelineResult>;
  /** The county views on the last build (county-api.ts). */
  county: Pick<PipelineApi, 'countyLinks' | 'countyCell' | 'membersByUnit' | 'membersByType'>;
  /** The partner finder on the worker's last build. */
  partners(request: PartnerRequest): Promise<PartnerResult>;
  /** Ends every call in flight (they reject with a CancelledError) and the worker with them. */
  cancel(): void;
  dispose(): void;
}

/** What a cancelled call rejects with, so callers can tell "cancelled" from "failed". */
export class CancelledError extends Error {
  constructor() {
    super('The analysis was cancelled');
    this.name = 'CancelledError';
  }
}

export const isCancelled = (error: unknown): boolean =>
  error instanceof Error && error.name === 'CancelledError';

interface Running {
  readonly worker: Worker;
  readonly remote: Remote<PipelineApi>;
  /** Rejecters of calls in flight, so a crashed worker fails them instead of leaving them hanging. */
  readonly pending: Set<(error: Error) => void>;
  /** Fails every call in flight and ends this worker; the next call starts a fresh one. */
  readonly fail: (message: string | Error) => void;
}

/**
 * How long reading may take before the worker is stopped. Reading is synchronous inside the
 * worker, and a damaged old-format .xls can send the spreadsheet parser into an endless loop:
 * only ending the worker frees the page. Generous, since 50 MB files take a few seconds.
 */
export const READ_TIME_LIMIT_MS = 60_000;

/**
 * How long a build (recognition, graphs, metrics) may run before it is stopped. Far above what
 * 200 000 rows take; it is there for a build that would never end, while Cancel is there for one
 * the user does not want to wait for.
 */
export const BUILD_TIME_LIMIT_MS = 600_000;

export function createPipelineClient(
  options: { readTimeLimitMs?: number; buildTimeLimitMs?: number } = {},
): PipelineClient {
  const readTimeLimitMs = options.readTimeLimitMs ?? READ_TIME_LIMIT_MS;
  const buildTimeLimitMs = options.buildTimeLimitMs ?? BUILD_TIME_LIMIT_MS;
  let running: Running | null = null;
  /** Files that got the reader stuck, by name and size, with the reason they were refused. */
  const stuck = new Map<string, string>();
  const stuckKey = (f: InputFile) => `${f.name}\u0000${f.bytes.byteLength}`;

  function start(): Running {
    const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
    const pending = new Set<(error: Error) => void>();
    const fail = (message: string | Error) => {
      const error = typeof message === 'string' ? new Error(message) : message;
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
    message: stuckMessage(files, readTimeLimitMs),
  });
  const buildLimit = {
    ms: buildTimeLimitMs,
    message: `The analysis took more than ${buildTimeLimitMs / 1000} s and was stopped; try fewer or smaller files.`,
  };

  const moved = (files: readonly InputFile[]) =>
    transfer(
      files,
      files.map((f) => f.bytes),
    );

  return {
    async readFiles(files, onFile) {
      const summary: { files: FileStatus[]; previews: TablePreview[] } = {
        files: [],
        previews: [],
      };
      for (const [i, file] of files.entries()) {
        // Keyed before the read: the bytes are transferred to the worker, and detached here.
        const key = stuckKey(file);
        const known = stuck.get(key);
        const reason =
          known ??
          (await call((remote) => remote.readFiles(moved([file])), readLimit([file])).then(
            (one) => {
              summary.files.push(...one.files);
              summary.previews.push(...one.previews);
              return null;
            },
            (error: unknown) => {
              // Only a file that ran out of time is refused here; anything else (a crashed
              // worker, a cancel) ends the whole read as before.
              if (!(error instanceof Error) || error.message !== readLimit([file]).message) {
                throw error;
              }
              stuck.set(key, error.message);
              return error.message;
            },
          ));
        if (reason !== null) {
          // The fresh worker must know the file is refused, or a build would ask for it again.
          const refusal = message('file.read-timeout', { seconds: readTimeLimitMs / 1000 });
          await call((remote) => remote.refuse(file.name, refusal));
          summary.files.push({
            file: file.name,
            ok: false,
            reason: refusal,
            notes: [],
            tables: [],
          });
        }
        onFile?.(i + 1, files.length);
      }
      return summary;
    },
    // comlink's Remote<> splits the union result into a union of promises; it is one promise.
    build: (request, onProgress) =>
      call(
        (remote) =>
          inPieces(
            (onSlice) =>
              remote.build(
                request,
                onProgress ? proxy(onProgress) : undefined,
                onSlice,
              ) as Promise<BuildResult>,
          ),
        buildLimit,
      ),
    metrics: (buildId, onProgress) =>
      call(
        (remote) =>
          inPieces(
            (onSlice) =>
              remote.metrics(
                buildId,
                onProgress ? proxy(onProgress) : undefined,
                onSlice,
              ) as Promise<MetricsResult | null>,
          ),
        buildLimit,
      ),
    proposals: (buildId) =>
      call((remote) => remote.proposals(buildId) as Promise<ProposalsResult | null>, buildLimit),
    // Only what the worker keeps: the rest of a build would be copied for nothing.
    adopt: ({ dataset, model, proposals }) =>
      call((remote) => remote.adopt({ dataset, model, proposals })),
    forget: (names) => call((remote) => remote.forget(names)),
    partners: (request) => call((remote) => remote.partners(request) as Promise<PartnerResult>),
    analyseFiles: (files) => call((remote) => remote.analyseFiles(moved(files)), readLimit(files)),
    county: {
      countyLinks: (request) => call((remote) => remote.countyLinks(request)),
      countyCell: (request) => call((remote) => remote.countyCell(request)),
      membersByUnit: (scheme) => call((remote) => remote.membersByUnit(scheme)),
      membersByType: () => call((remote) => remote.membersByType()),
    },
    cancel() {
      running?.fail(new CancelledError());
    },
    dispose() {
      running?.worker.terminate();
      running = null;
    },
  };
}

/**
 * A call whose large result comes in slices (pieces.ts), each message read in its own short
 * task, joined here once the result (its skeleton) has come.
 */
async function inPieces<T>(
  ask: (onSlice: ((slice: Slice) => void) & ProxyMarked) => Promise<T>,
): Promise<T> {
  const collector = createPieceCollector();
  const skeleton = await ask(proxy((slice: Slice) => collector.add(slice)));
  return collector.size === 0 ? skeleton : collector.join(skeleton);
}

function stuckMessage(files: readonly InputFile[], ms: number): string {
  return `Reading ${files.map((f) => f.name).join(', ')} took more than ${ms / 1000} s and was stopped; a damaged file (often an old .xls) can do this. Save it again as .xlsx or CSV and load it anew.`;
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new Error(typeof error === 'string' ? error : 'The analysis failed for an unknown reason');
}
