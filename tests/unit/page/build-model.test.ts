/**
 * The page model built from real files: ids opaque (no name, number or file name in any id),
 * stable for one salt across rebuilds and file orders, different under another salt; indexes,
 * name order, counties and metric columns right on a small dataset.
 */
import { describe, expect, it } from 'vitest';
import { pageIds } from '../../../src/domain/page/page-hash';
import {
  ABROAD,
  UNKNOWN,
  findOverlap,
  orgMetrics,
  sharedMembers,
  transferables,
  type PageModel,
} from '../../../src/domain/page/model';
import { built, FILES } from './model-fixture';

const SALT = 'test-salt-1';

const orgByName = (model: PageModel, name: string) =>
  [...model.organisations.values()].find((o) => o.name === name)!;
const clusterByName = (model: PageModel, name: string) =>
  [...model.clusters.values()].find((c) => c.name === name)!;
const allIds = (model: PageModel): string[] => [
  ...model.organisations.keys(),
  ...model.clusters.keys(),
];

describe('page ids', () => {
  it('carry no name, organisation number, internal id or file name', async () => {
    const { model, dataset } = await built(SALT);
    const secrets = [
      ...dataset.organisations.flatMap((o) => [o.name, o.id, o.orgNumber ?? '']),
      ...dataset.organisations.flatMap((o) => o.name.split(/\s+/)),
      ...dataset.clusters.map((c) => c.name),
      ...FILES,
      ...FILES.map((f) => f.replace(/\.csv$/, '')),
    ]
      .map((s) => s.toLowerCase())
      .filter((s) => s.length >= 3);
    expect(allIds(model).length).toBe(7);
    for (const id of allIds(model)) {
      expect(id).toMatch(/^[oc][0-9a-z]{10}$/);
      for (const secret of secrets) expect(id.toLowerCase()).not.toContain(secret);
    }
    // The internal ids do carry such data (nr:923609016 ...): the reason for page ids.
    expect(dataset.organisations.some((o) => o.id.includes('923609016'))).toBe(true);
  });

  it('are the same on a rebuild with the same salt, and all different with another', async () => {
    const a = (await built(SALT)).model;
    const b = (await built(SALT)).model;
    const other = (await built('another-salt')).model;
    expect(allIds(b)).toEqual(allIds(a));
    const before = new Set(allIds(a));
    expect(allIds(other).filter((id) => before.has(id))).toEqual([]);
  });

  it('keep an organisation and a cluster the same when files are added or reordered', async () => {
    const both = (await built(SALT)).model;
    const alone = (await built(SALT, ['Alfaklyngen.csv'])).model;
    const reversed = (await built(SALT, ['Betaklyngen.csv', 'Alfaklyngen.csv'])).model;
    for (const other of [alone, reversed]) {
      expect(orgByName(other, 'Nordlys Teknologi AS').id).toBe(
        orgByName(both, 'Nordlys Teknologi AS').id,
      );
      expect(clusterByName(other, 'Alfaklyngen').id).toBe(clusterByName(both, 'Alfaklyngen').id);
    }
  });

  it.each([
    [
      ['a', 'b', 'c'],
      ['c', 'b', 'a'],
    ],
    [
      ['x1', 'x2'],
      ['x2', 'x1'],
    ],
  ])('do not depend on the order keys come in (%j)', (keys, reversed) => {
    expect(pageIds('o', SALT, reversed)).toEqual(pageIds('o', SALT, keys));
    expect(new Set(pageIds('o', SALT, keys).values()).size).toBe(keys.length);
  });
});

describe('the model of two small lists', () => {
  it('orders organisations by name in Norwegian collation (Ø after S)', async () => {
    const { model } = await built(SALT);
    expect(model.orgOrder.map((id) => model.organisations.get(id)!.name)).toEqual([
      'Aker Tre',
      'Fjordvik Data',
      'Nordlys Teknologi AS',
      'Sintef AS',
      'Øst Utland AB',
    ]);
  });

  it.each([
    ['Alfaklyngen', ['Fjordvik Data', 'Nordlys Teknologi AS', 'Sintef AS', 'Øst Utland AB']],
    ['Betaklyngen', ['Aker Tre', 'Fjordvik Data', 'Sintef AS']],
  ])('lists the members of %s in name order', async (cluster, names) => {
    const { model } = await built(SALT);
    const id = clusterByName(model, cluster).id;
    expect(model.membersOf.get(id)!.map((o) => model.organisations.get(o)!.name)).toEqual(names);
    expect(model.clusters.get(id)!.members).toBe(names.length);
  });

  it.each([
    ['Sintef AS', ['Alfaklyngen', 'Betaklyngen'], '50'],
    ['Fjordvik Data', ['Alfaklyngen', 'Betaklyngen'], '46'],
    ['Nordlys Teknologi AS', ['Alfaklyngen'], '03'],
    ['Øst Utland AB', ['Alfaklyngen'], ABROAD],
    ['Aker Tre', ['Betaklyngen'], UNKNOWN],
  ])('knows the clusters and county of %s', async (name, clusters, county) => {
    const { model } = await built(SALT);
    const org = orgByName(model, name);
    expect(model.clustersOf.get(org.id)!.map((c) => model.clusters.get(c)!.name)).toEqual(clusters);
    expect(org.county).toBe(county);
  });

  it('has the counties in number order, then abroad and unknown, with member counts', async () => {
    const { model } = await built(SALT);
    expect([...model.counties.values()].map((c) => [c.id, c.name, c.members])).toEqual([
      ['03', 'Oslo', 1],
      ['46', 'Vestland', 1],
      ['50', 'Trøndelag', 1],
      [ABROAD, 'Utlandet', 1],
      [UNKNOWN, 'Ukjent', 1],
    ]);
  });

  it('gives the shared members of a pair, in either order, and the overlap numbers', async () => {
    const { model } = await built(SALT);
    const a = clusterByName(model, 'Alfaklyngen').id;
    const b = clusterByName(model, 'Betaklyngen').id;
    const names = (ids: readonly string[]) =>
      ids.map((id) => [...model.organisations.values()].find((o) => o.id === id)!.name);
    expect(names(sharedMembers(model, a, b))).toEqual(['Fjordvik Data', 'Sintef AS']);
    expect(sharedMembers(model, b, a)).toEqual(sharedMembers(model, a, b));
    expect(findOverlap(model, b, a)).toMatchObject({ a, b, shared: 2, jaccard: 2 / 5 });
    expect(model.maxShared).toBe(2);
    expect(model.memberships).toBe(7);
  });

  it('aligns the organisation metric columns with the name order', async () => {
    const { model, analysis } = await built(SALT);
    expect(model.metrics.organisations.degree).toBeInstanceOf(Float64Array);
    expect(model.metrics.organisations.degree.length).toBe(model.orgOrder.length);
    model.orgOrder.forEach((id, at) => {
      const name = model.organisations.get(id)!.name;
      const expected = analysis.metrics.organisations[name]!;
      expect(orgMetrics(model, id)).toEqual(expected);
      expect(model.metrics.organisations.pagerank[at]).toBe(expected.pagerank);
    });
    expect(orgMetrics(model, orgByName(model, 'Sintef AS').id)!.degree).toBe(2);
    expect(transferables(model)).toHaveLength(Object.keys(model.metrics.organisations).length);
  });

  it('maps page ids back to the internal ids, and cluster metrics by page id', async () => {
    const { model, dataset, analysis } = await built(SALT);
    for (const org of dataset.organisations) {
      expect(model.internalOrg.get(model.orgPageId.get(org.id)!)).toBe(org.id);
    }
    const alfa = clusterByName(model, 'Alfaklyngen').id;
    expect(model.metrics.clusters.get(alfa)).toEqual(analysis.metrics.clusters['Alfaklyngen']);
  });
});
