/**
 * The worker's API without a worker: files are read once into the cache, rebuilds with other
 * options reuse the reads, forgotten or never-read files are reported missing (not guessed), and
 * proposals leave out the pairs the user kept apart.
 */
import { describe, expect, it, vi } from 'vitest';
import { scaledCsv } from '../../../bench/scaled-csv';
import { scaledDataset } from '../../../bench/scaled-data';
import { answerTask, createTaskPool } from '../../../src/domain/metrics/task-pool';
import type { OrgId } from '../../../src/domain/membership/types';
import { readFile } from '../../../src/io/read-file';
import { createPipelineApi } from '../../../src/worker/pipeline-api';
import { joinPieces, SLICE_ITEMS, type Slice } from '../../../src/domain/records/pieces';
import { PREVIEW_ROWS } from '../../../src/worker/previews';
import { createReadCache } from '../../../src/worker/read-cache';

const csv = (name: string, lines: readonly string[]) => ({
  name,
  bytes: new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer,
});

const A = csv('a.csv', [
  'Navn;Kommune',
  'Nordic Robotics AS;Oslo',
  'Havbruk Vest AS;Bergen',
  'Laksefjord AS;Tromsø',
]);
const B = csv('b.csv', ['Navn;Kommune', 'Nordik Robotics AS;Oslo', 'Havbruk Vest AS;Bergen']);

function counted() {
  const read = vi.fn(readFile);
  return { read, api: createPipelineApi(createReadCache(read)) };
}

const ok = <T extends { ok: boolean }>(result: T) => {
  if (!result.ok) throw new Error(`expected a build, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
};

describe('the worker cache', () => {
  it('reads each file once; rebuilds with new options reuse the reads', async () => {
    const { read, api } = counted();
    const summary = await api.readFiles([A, B]);
    expect(summary.files.map((f) => [f.file, f.ok])).toEqual([
      ['a.csv', true],
      ['b.csv', true],
    ]);
    expect(summary.previews.map((p) => p.key)).toEqual(['a.csv', 'b.csv']);
    const first = ok(await api.build({ files: ['a.csv', 'b.csv'] }));
    const mapping = { ...summary.previews[0]!.detected, clusterName: 'Robotklyngen' };
    const second = ok(
      await api.build({ files: ['a.csv', 'b.csv'], mappings: { 'a.csv': mapping } }),
    );
    expect(read).toHaveBeenCalledTimes(2);
    expect(first.dataset.clusters.map((c) => c.name)).toEqual(['a', 'b']);
    expect(second.dataset.clusters.map((c) => c.name)).toEqual(['Robotklyngen', 'b']);
    expect(second.previews[0]!.mapping).toEqual(mapping);
    expect(second.previews[0]!.detected.clusterName).toBe('a');
  });

  it('builds only the files asked for, in the order asked', async () => {
    const { api } = counted();
    await api.readFiles([A, B]);
    const only = ok(await api.build({ files: ['b.csv'] }));
    expect(only.dataset.clusters.map((c) => c.name)).toEqual(['b']);
    const reversed = ok(await api.build({ files: ['b.csv', 'a.csv'] }));
    expect(reversed.files.map((f) => f.file)).toEqual(['b.csv', 'a.csv']);
  });

  it('answers "missing" for files never read or forgotten, and reads a replaced file anew', async () => {
    const { read, api } = counted();
    await api.readFiles([A]);
    expect(await api.build({ files: ['a.csv', 'b.csv'] })).toEqual({
      ok: false,
      missing: ['b.csv'],
    });
    await api.forget(['a.csv']);
    expect(await api.build({ files: ['a.csv'] })).toEqual({ ok: false, missing: ['a.csv'] });
    await api.readFiles([A, B]);
    await api.forget();
    expect(await api.build({ files: ['a.csv', 'b.csv'] })).toEqual({
      ok: false,
      missing: ['a.csv', 'b.csv'],
    });
    await api.readFiles([csv('a.csv', ['Navn', 'Ny AS'])]);
    const rebuilt = ok(await api.build({ files: ['a.csv'] }));
    expect(rebuilt.dataset.organisations.map((o) => o.name)).toEqual(['Ny AS']);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('an empty file list builds an empty dataset', async () => {
    const { api } = counted();
    const empty = ok(await api.build({ files: [] }));
    expect(empty.dataset.organisations).toEqual([]);
    expect(empty.analysis.clusters).toEqual([]);
    expect(empty.previews).toEqual([]);
  });

  it('lists a file that cannot be read with its reason, and previews only the readable', async () => {
    const { api } = counted();
    const broken = { name: 'ødelagt.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1]).buffer };
    const summary = await api.readFiles([A, broken]);
    expect(summary.files[1]).toMatchObject({ file: 'ødelagt.xlsx', ok: false, tables: [] });
    expect(summary.files[1]!.reason).toEqual({
      code: 'file.zip-directory',
      params: { problem: 'missing' },
    });
    expect(summary.previews.map((p) => p.file)).toEqual(['a.csv']);
  });

  it(`previews at most ${PREVIEW_ROWS} rows and counts them all`, async () => {
    const { api } = counted();
    const names = Array.from({ length: 20 }, (_, i) => `Bedrift nummer ${i + 1} AS`);
    const { previews } = await api.readFiles([csv('stor.csv', ['Navn', ...names])]);
    expect(previews[0]!.rows).toHaveLength(PREVIEW_ROWS);
    expect(previews[0]!.rowCount).toBe(20);
    expect(previews[0]!.rows[0]!.cells).toEqual([names[0]]);
    expect(previews[0]!.header).toEqual(['Navn']);
  });
});

describe('proposals', () => {
  it('proposes the typo pair, and not after the user kept it apart (either order)', async () => {
    const { api } = counted();
    await api.readFiles([A, B]);
    const before = ok(await api.build({ files: ['a.csv', 'b.csv'] }));
    const pair = before.proposals.find(
      (p) => [p.a, p.b].sort().join() === 'navn:nordic robotics,navn:nordik robotics',
    );
    expect(pair).toBeDefined();
    for (const [a, b] of [
      [pair!.a, pair!.b],
      [pair!.b, pair!.a],
    ]) {
      const after = ok(
        await api.build({
          files: ['a.csv', 'b.csv'],
          decisions: [{ kind: 'keep-apart', a: a as OrgId, b: b as OrgId }],
        }),
      );
      expect(after.proposals).toHaveLength(before.proposals.length - 1);
      expect(after.proposals.some((p) => p.a === pair!.a && p.b === pair!.b)).toBe(false);
    }
  });

  it('a merge decision joins the pair, so it is no longer proposed', async () => {
    const { api } = counted();
    await api.readFiles([A, B]);
    const before = ok(await api.build({ files: ['a.csv', 'b.csv'] }));
    const { a, b } = before.proposals[0]!;
    const after = ok(
      await api.build({ files: ['a.csv', 'b.csv'], decisions: [{ kind: 'merge', a, b }] }),
    );
    expect(after.dataset.organisations).toHaveLength(before.dataset.organisations.length - 1);
    expect(after.proposals.some((p) => p.a === a || p.b === b)).toBe(false);
  });
});

/** The example at 1x read by a worker API with two threads and by one with none. */
async function threadedAndSingle() {
  const file = csv('klynger.csv', scaledCsv(scaledDataset({ scale: 1 })).split('\n'));
  // Threads that answer a turn later, as a Web Worker would.
  const pool = createTaskPool(2, ({ answer }) => ({
    post: (message) => setTimeout(() => answer(answerTask(structuredClone(message))), 0),
    end() {},
  }));
  const threaded = createPipelineApi(createReadCache(), pool);
  const single = createPipelineApi(createReadCache(), null);
  await threaded.readFiles([{ ...file, bytes: file.bytes.slice(0) }]);
  await single.readFiles([file]);
  return { pool, threaded, single };
}

describe('the build with metric threads', () => {
  it('gives the metrics of the single-threaded build and reports their progress', async () => {
    const { pool, threaded, single } = await threadedAndSingle();
    const heard: [number, number][] = [];
    const a = ok(
      await threaded.build({ files: ['klynger.csv'] }, (done, total) => heard.push([done, total])),
    );
    const b = ok(await single.build({ files: ['klynger.csv'] }));
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.at(-1)).toEqual([heard[0]![1], heard[0]![1]]);
    const orgs = Object.entries(b.analysis.metrics.organisations);
    expect(orgs.length).toBeGreaterThan(1000);
    expect(orgs.some(([, row]) => (row.betweenness ?? 0) > 0)).toBe(true);
    for (const [name, row] of orgs)
      for (const [id, value] of Object.entries(row)) {
        const other = a.analysis.metrics.organisations[name]![id]!;
        expect(Math.abs(other - value!), `${name} ${id}`).toBeLessThanOrEqual(1e-9);
      }
    pool.close();
  });
});

describe('phased builds in the worker', () => {
  it('answers phase one first; metrics and proposals on its id; a later build makes them null', async () => {
    const { api } = counted();
    await api.readFiles([A, B]);
    const full = ok(await api.build({ files: ['a.csv', 'b.csv'] }));
    expect(full.metricsPending).toBe(false);
    const one = ok(await api.build({ files: ['a.csv', 'b.csv'], phased: true }));
    expect(one.metricsPending).toBe(true);
    expect(one.proposalsPending).toBe(true);
    // Provisional: the last build's proposals that still apply.
    expect(one.proposals).toEqual(full.proposals);
    expect(Object.keys(one.analysis.metrics.organisations)).toEqual([]);
    const proposals = await api.proposals(one.buildId);
    expect(proposals?.proposals).toEqual(full.proposals);
    const metrics = await api.metrics(one.buildId);
    expect(metrics?.organisations).toEqual(full.analysis.metrics.organisations);
    expect([...metrics!.columns.degree!]).toEqual([...full.model.metrics.organisations.degree!]);

    const later = ok(await api.build({ files: ['a.csv'], phased: true }));
    expect(await api.metrics(one.buildId)).toBeNull();
    expect(await api.proposals(one.buildId)).toBeNull();
    expect(await api.metrics(later.buildId)).not.toBeNull();
    // Another workspace: no provisional proposals from this one.
    await api.forget();
    await api.readFiles([A, B]);
    const other = ok(await api.build({ files: ['a.csv', 'b.csv'], phased: true }));
    expect(other.proposals).toEqual([]);
  });

  it('phase two with threads: the same metrics as the single thread, with progress', async () => {
    const { pool, threaded, single } = await threadedAndSingle();
    const one = ok(await threaded.build({ files: ['klynger.csv'], phased: true }));
    const heard: [number, number][] = [];
    const metrics = await threaded.metrics(one.buildId, (done, total) => heard.push([done, total]));
    const b = ok(await single.build({ files: ['klynger.csv'] }));
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.at(-1)).toEqual([heard[0]![1], heard[0]![1]]);
    const orgs = Object.entries(b.analysis.metrics.organisations);
    expect(orgs.length).toBeGreaterThan(1000);
    for (const [name, row] of orgs)
      for (const [id, value] of Object.entries(row)) {
        const other = metrics!.organisations[name]![id]!;
        expect(Math.abs(other - value!), `${name} ${id}`).toBeLessThanOrEqual(1e-9);
      }
    pool.close();
  });
});

describe('a large build in slices', () => {
  it('at 10x: slices of at most 10 000 items come first, and join to the build sent whole', async () => {
    const file = csv('klynger.csv', scaledCsv(scaledDataset({ scale: 10 })).split('\n'));
    const api = createPipelineApi(createReadCache(), null);
    await api.readFiles([file]);
    const whole = ok(await api.build({ files: ['klynger.csv'], phased: true }));
    const slices: Slice[] = [];
    const skeleton = ok(
      await api.build({ files: ['klynger.csv'], phased: true }, undefined, (slice) => {
        slices.push(structuredClone(slice));
      }),
    );
    expect(slices.length).toBeGreaterThan(3);
    expect(Math.max(...slices.map((s) => s.items.length))).toBeLessThanOrEqual(SLICE_ITEMS);
    const joined = joinPieces(structuredClone(skeleton), slices);
    expect(joined.dataset.organisations).toHaveLength(12_760);
    expect({ ...joined, buildId: 0 }).toEqual({ ...whole, buildId: 0 });
  });
});
