/**
 * The worker's county questions, asked through the worker API without a worker: before a build
 * they fail with a message; after one, the matrix is the domain's (keyed by page ids), filtered
 * by page cluster ids, and the cell, by-unit and by-type answers agree with it.
 */
import { describe, expect, it } from 'vitest';
import { computeCountyLinkMatrix } from '../../../src/domain/graph/county-links';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import type { PageClusterId } from '../../../src/domain/page/ids';
import { createPipelineApi } from '../../../src/worker/pipeline-api';

const csv = (name: string, lines: readonly string[]) => ({
  name,
  bytes: new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer,
});

// Oslo 0301, Bergen 4601 (Vestland), Fredrikstad 3107 (Østfold), Drammen 3301 (Buskerud).
const FILES = [
  csv('Alfa.csv', [
    'Navn;Kommunenr;Type',
    'Nordic Robotics AS;0301;oppstart',
    'Havbruk Vest AS;4601;etablert',
    'Fredrikstad Energi AS;3107;etablert',
  ]),
  csv('Beta.csv', [
    'Navn;Kommunenr',
    'Nordic Robotics AS;0301',
    'Drammen Data AS;3301',
    'Oslo Invest AS;0301',
  ]),
];

async function built() {
  const api = createPipelineApi();
  await api.readFiles(FILES);
  const result = await api.build({ files: FILES.map((f) => f.name) });
  if (!result.ok) throw new Error('build failed');
  return { api, result };
}

describe('county questions to the worker', () => {
  it('fail with a message before any build', async () => {
    await expect(createPipelineApi().countyLinks({ scheme: '2024', clusters: [] })).rejects.toThrow(
      /No data/,
    );
  });

  it('give the domain matrix, keyed by the scheme units as page county ids', async () => {
    const { api, result } = await built();
    const m = await api.countyLinks({ scheme: 'report', clusters: [] });
    const expected = computeCountyLinkMatrix(indexMemberships(result.dataset), {
      scheme: 'report',
    });
    expect(m.units.map((u) => u.id)).toEqual(expected.units.map((u) => u.id));
    expect(m.perMember).toEqual(expected.perMember);
    expect(m.pairs).toEqual(expected.pairs);
    expect(m.lift).toEqual(expected.lift);
    const oslo = m.units.findIndex((u) => u.id === '03');
    const ostfold = m.units.findIndex((u) => u.id === '31');
    // Fredrikstad Energi (Alfa) is linked to Nordic Robotics in Oslo.
    expect(m.pairs[ostfold]![oslo]).toBe(1);
    // Oslo: Nordic Robotics and Oslo Invest share Beta (both ends) -> 2 ordered pairs.
    expect(m.pairs[oslo]![oslo]).toBe(2);
  });

  it('count only links through the selected clusters, by page id', async () => {
    const { api, result } = await built();
    const beta = [...result.model.clusters.values()].find((c) => c.name === 'Beta')!.id;
    const m = await api.countyLinks({ scheme: '2024', clusters: [beta] });
    expect(m.clusters).toEqual([beta]);
    const ostfold = m.units.findIndex((u) => u.id === '31');
    expect(m.members[ostfold]).toBe(0);
    expect(m.placed).toBe(3);
    // An unknown id is ignored (all clusters).
    const all = await api.countyLinks({ scheme: '2024', clusters: ['cnope' as PageClusterId] });
    expect(all.placed).toBe(5);
  });

  it('name the clusters and organisations behind a cell by page id', async () => {
    const { api, result } = await built();
    const cell = await api.countyCell({
      scheme: '2024',
      clusters: [],
      from: '31' as never,
      to: '03' as never,
    });
    const alfa = [...result.model.clusters.values()].find((c) => c.name === 'Alfa')!.id;
    expect(cell.carriers.map((c) => [c.cluster, c.pairs])).toEqual([[alfa, 1]]);
    const name = (id: string) => result.model.organisations.get(id as never)!.name;
    expect(cell.organisations.from.map(name)).toEqual(['Fredrikstad Energi AS']);
    expect(cell.organisations.to.map(name)).toEqual(['Nordic Robotics AS']);
  });

  it('count members by unit and by type, all lists once each first', async () => {
    const { api } = await built();
    const where = await api.membersByUnit('region');
    expect(where.units.map((u) => u.id)).toEqual(['oslo', 'viken', 'rest']);
    expect(where.all.byUnit).toEqual([2, 2, 1]);
    expect(where.rows.map((r) => r.byUnit)).toEqual([
      [1, 1, 1],
      [2, 1, 0],
    ]);
    const what = await api.membersByType();
    expect(what.all.startup + what.all.established + what.all.unknown).toBe(5);
    expect(what.rows[0]!.byType.established).toBe(2);
  });
});
