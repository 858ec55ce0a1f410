/**
 * The worker client, with the real comlink protocol over a Node MessageChannel standing in for
 * the Web Worker: results arrive, buffers are transferred, pipeline failures and a crashed worker
 * both come back as rejected promises with readable messages, and a new worker replaces a dead one.
 */
import { expose } from 'comlink';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, createPipelineClient, isCancelled } from '../../../src/worker/client';
import { createPipelineApi, pipelineApi } from '../../../src/worker/pipeline-api';
import type { PipelineApi } from '../../../src/worker/types';

const analyse = vi.hoisted(() => ({ fail: null as string | null }));

vi.mock('../../../src/domain/analysis/analyse', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/domain/analysis/analyse')>();
  return {
    ...original,
    analyse: (...args: Parameters<typeof original.analyse>) => {
      if (analyse.fail) throw new Error(analyse.fail);
      return original.analyse(...args);
    },
  };
});

/** A stand-in for `Worker`: the "worker side" is `api` exposed on the other end of a channel. */
class FakeWorker extends EventTarget {
  static api: PipelineApi | 'crash' = pipelineApi;
  static started = 0;
  readonly port: MessagePort;

  constructor() {
    super();
    FakeWorker.started++;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    if (FakeWorker.api !== 'crash') expose(FakeWorker.api, port2 as unknown as Worker);
    port1.addEventListener('message', (event) => {
      this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data }));
    });
    port1.start();
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (FakeWorker.api === 'crash') {
      // What a browser does when the worker script throws at top level or runs out of memory.
      setTimeout(() =>
        this.dispatchEvent(
          Object.assign(new Event('error', { cancelable: true }), { message: 'out of memory' }),
        ),
      );
      return;
    }
    this.port.postMessage(message, transfer as never);
  }

  terminate(): void {
    this.port.close();
  }
}

const csv = (text: string, name = 'medlemmer.csv') => ({
  name,
  bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
});

const SMALL = [
  'Navn;Org.nr.;Kommune;Klynge',
  'Alfa AS;923 609 016;Oslo;Klynge A',
  'Beta AS;982 463 718;Bergen;Klynge A',
  'Beta AS;982 463 718;Bergen;Klynge B',
].join('\n');

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.api = pipelineApi;
  FakeWorker.started = 0;
  analyse.fail = null;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pipeline client', () => {
  it('returns the dataset and analysis of the files, transferring their buffers', async () => {
    const client = createPipelineClient();
    const file = csv(SMALL);
    const { dataset, analysis } = await client.analyseFiles([file]);
    expect(dataset.clusters.map((c) => c.name)).toEqual(['Klynge A', 'Klynge B']);
    expect(analysis.organisations).toBe(2);
    expect(analysis.membershipHistogram['2']).toBe(1);
    expect(file.bytes.byteLength).toBe(0); // detached: moved, not copied
    client.dispose();
  });

  it('rejects with a readable message naming the files when the pipeline throws', async () => {
    analyse.fail = 'graph has no nodes';
    const client = createPipelineClient();
    const failure = client.analyseFiles([csv(SMALL, 'a.csv'), csv(SMALL, 'b.csv')]);
    await expect(failure).rejects.toThrow(
      'The analysis of the files a.csv, b.csv stopped: graph has no nodes',
    );
    client.dispose();
  });

  it('rejects when the worker itself fails, and starts a fresh worker for the next call', async () => {
    FakeWorker.api = 'crash';
    const client = createPipelineClient();
    await expect(client.analyseFiles([csv(SMALL)])).rejects.toThrow(
      'The analysis worker failed: out of memory',
    );

    FakeWorker.api = pipelineApi;
    const { analysis } = await client.analyseFiles([csv(SMALL)]);
    expect(analysis.clusters).toHaveLength(2);
    expect(FakeWorker.started).toBe(2);
    client.dispose();
  });

  it('stops a worker stuck reading a file, refuses that file alone and reads the rest', async () => {
    // A damaged .xls can loop forever inside the spreadsheet parser: reading never answers.
    const real = createPipelineApi();
    FakeWorker.api = {
      ...real,
      readFiles: (files) =>
        files.some((f) => f.name === 'gammel.xls') ? new Promise(() => {}) : real.readFiles(files),
    };
    const client = createPipelineClient({ readTimeLimitMs: 50 });
    const progress: number[] = [];
    const summary = await client.readFiles(
      [csv(SMALL, 'før.csv'), csv(SMALL, 'gammel.xls'), csv(SMALL, 'etter.csv')],
      (done) => progress.push(done),
    );
    expect(summary.files.map((f) => [f.file, f.ok])).toEqual([
      ['før.csv', true],
      ['gammel.xls', false],
      ['etter.csv', true],
    ]);
    expect(summary.files[1]!.reason).toMatchObject({ code: 'file.read-timeout' });
    expect(progress).toEqual([1, 2, 3]);
    expect(FakeWorker.started).toBe(2);
    client.dispose();
  });

  it('builds with a stuck file refused, and does not read it again after a restart', async () => {
    let stuckReads = 0;
    const reads = (): PipelineApi => {
      const real = createPipelineApi();
      return {
        ...real,
        readFiles: (files: Parameters<PipelineApi['readFiles']>[0]) => {
          if (files.some((f) => f.name === 'gammel.xls')) {
            stuckReads++;
            // The worker that replaces this stuck one starts with an empty cache, as a real one.
            FakeWorker.api = reads();
            return new Promise<never>(() => {});
          }
          return real.readFiles(files);
        },
      };
    };
    FakeWorker.api = reads();
    const client = createPipelineClient({ readTimeLimitMs: 50 });
    await client.readFiles([csv(SMALL, 'god.csv'), csv(SMALL, 'gammel.xls')]);
    const request = { files: ['god.csv', 'gammel.xls'] };
    // The stuck read ended the first worker: god.csv is read again, gammel.xls is not.
    let built = await client.build(request);
    expect(built).toEqual({ ok: false, missing: ['god.csv'] });
    await client.readFiles([csv(SMALL, 'god.csv')]);
    built = await client.build(request);
    expect(built.ok && built.files.map((f) => [f.file, f.ok])).toEqual([
      ['god.csv', true],
      ['gammel.xls', false],
    ]);
    expect(built.ok && built.dataset.report.rejected.map((r) => r.file)).toContain('gammel.xls');

    client.cancel();
    FakeWorker.api = reads();
    built = await client.build(request);
    expect(built).toEqual({ ok: false, missing: ['god.csv', 'gammel.xls'] });
    const again = await client.readFiles([csv(SMALL, 'god.csv'), csv(SMALL, 'gammel.xls')]);
    expect(again.files.map((f) => f.ok)).toEqual([true, false]);
    expect(stuckReads).toBe(1);
    client.dispose();
  });

  it('cancels a build in flight: it rejects as cancelled, and the next call works', async () => {
    const real = createPipelineApi();
    FakeWorker.api = { ...real, build: () => new Promise(() => {}) };
    const client = createPipelineClient();
    await client.readFiles([csv(SMALL, 'liste.csv')]);
    const build = client.build({ files: ['liste.csv'] });
    client.cancel();
    await expect(build).rejects.toThrow(CancelledError);
    await build.catch((error: unknown) => expect(isCancelled(error)).toBe(true));

    FakeWorker.api = createPipelineApi();
    expect(await client.build({ files: ['liste.csv'] })).toEqual({
      ok: false,
      missing: ['liste.csv'],
    });
    client.dispose();
  });

  it('stops a build that runs past its time limit, with a message', async () => {
    FakeWorker.api = { ...createPipelineApi(), build: () => new Promise(() => {}) };
    const client = createPipelineClient({ buildTimeLimitMs: 50 });
    const failure = client.build({ files: ['x.csv'] });
    await expect(failure).rejects.toThrow(/took more than 0\.05 s and was stopped/);
    await failure.catch((error: unknown) => expect(isCancelled(error)).toBe(false));
    client.dispose();
  });

  it('reports a file that cannot be read as a rejection, not as a failure', async () => {
    const client = createPipelineClient();
    const broken = {
      name: 'ødelagt.xlsx',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer,
    };
    const { dataset } = await client.analyseFiles([broken]);
    expect(dataset.clusters).toHaveLength(0);
    expect(dataset.report.rejected).toHaveLength(1);
    expect(dataset.report.rejected[0]).toMatchObject({ file: 'ødelagt.xlsx', row: null });
    expect(dataset.report.rejected[0]!.reason.code).toMatch(/^file\./);
    client.dispose();
  });

  it('reads files into the worker cache and builds from it; a fresh worker reports them missing', async () => {
    FakeWorker.api = createPipelineApi();
    const client = createPipelineClient();
    const file = csv(SMALL, 'liste.csv');
    const summary = await client.readFiles([file]);
    expect(file.bytes.byteLength).toBe(0);
    expect(summary.previews.map((p) => p.key)).toEqual(['liste.csv']);
    const built = await client.build({ files: ['liste.csv'] });
    expect(built.ok && built.dataset.clusters.map((c) => c.name)).toEqual(['Klynge A', 'Klynge B']);

    FakeWorker.api = 'crash';
    await expect(client.forget(['x'])).rejects.toThrow('The analysis worker failed');
    FakeWorker.api = createPipelineApi();
    expect(await client.build({ files: ['liste.csv'] })).toEqual({
      ok: false,
      missing: ['liste.csv'],
    });
    client.dispose();
  });
});
