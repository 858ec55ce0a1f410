/**
 * The worker client, with the real comlink protocol over a Node MessageChannel standing in for
 * the Web Worker: results arrive, buffers are transferred, pipeline failures and a crashed worker
 * both come back as rejected promises with readable messages, and a new worker replaces a dead one.
 */
import { expose } from 'comlink';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPipelineClient } from '../../../src/worker/client';
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

  it('stops a worker stuck reading a file, names the file, and starts afresh', async () => {
    // A damaged .xls can loop forever inside the spreadsheet parser: reading never answers.
    FakeWorker.api = { ...pipelineApi, readFiles: () => new Promise(() => {}) };
    const client = createPipelineClient({ readTimeLimitMs: 50 });
    await expect(client.readFiles([csv(SMALL, 'gammel.xls')])).rejects.toThrow(
      /Reading gammel\.xls took more than 0\.05 s and was stopped/,
    );
    FakeWorker.api = pipelineApi;
    const summary = await client.readFiles([csv(SMALL, 'ok.csv')]);
    expect(summary.files.map((f) => [f.file, f.ok])).toEqual([['ok.csv', true]]);
    expect(FakeWorker.started).toBe(2);
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
