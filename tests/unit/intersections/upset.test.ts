/**
 * The UpSet view model and layout: the page-id intersections agree with the analysis document's
 * (domain/graph/intersections.ts on internal ids) on the default data; sort, filter and cap;
 * the matrix rows are only the clusters in shown combinations; geometry (bars on one scale,
 * dots filled exactly for a combination's clusters, one row per cluster).
 */
import { describe, expect, it } from 'vitest';
import type { PageClusterId, PageOrgId } from '../../../src/domain/page/ids';
import type { PageModel } from '../../../src/domain/page/model';
import { DEFAULT_GEOMETRY, upsetLayout } from '../../../src/features/intersections/upset-layout';
import {
  capIntersections,
  filterIntersections,
  intersectionKey,
  pageIntersections,
  sortIntersections,
  upsetRows,
  type PageIntersection,
} from '../../../src/features/intersections/upset-model';
import { defaultBuilt } from './default-fixture';

const names = (model: PageModel, x: PageIntersection) =>
  x.clusters.map((c) => model.clusters.get(c)!.name).sort();
const idOf = (model: PageModel, name: string) =>
  [...model.clusters.values()].find((c) => c.name === name)!.id;

describe('pageIntersections on the default data', () => {
  it('matches the analysis document combination by combination', async () => {
    const { model, analysis } = await defaultBuilt();
    const ours = pageIntersections(model).map((x) => `${names(model, x).join(' + ')}=${x.size}`);
    const theirs = analysis.intersections.map(
      (i) => `${[...i.clusters].sort().join(' + ')}=${i.size}`,
    );
    expect([...ours].sort()).toEqual([...theirs].sort());
    // Every organisation in some cluster is in exactly one combination.
    const total = pageIntersections(model).reduce((n, x) => n + x.size, 0);
    const inSome = [...model.clustersOf.values()].filter((c) => c.length > 0).length;
    expect(total).toBe(inSome);
  });

  it('holds the three health clusters as one combination, its members in all three only', async () => {
    const { model } = await defaultBuilt();
    const health = ['Norway Health Tech', 'Oslo Cancer Cluster', 'The Life Science Cluster'].map(
      (n) => idOf(model, n),
    );
    const combo = pageIntersections(model).find((x) => x.key === intersectionKey(health))!;
    expect(combo.degree).toBe(3);
    for (const org of combo.members) {
      expect([...model.clustersOf.get(org)!].sort()).toEqual([...health].sort());
    }
  });
});

// A small hand-made model: enough fields for the functions under test.
function tinyModel(memberships: Record<string, string[]>): PageModel {
  const clustersOf = new Map<PageOrgId, PageClusterId[]>();
  const membersOf = new Map<PageClusterId, PageOrgId[]>();
  const clusters = new Map<PageClusterId, { id: PageClusterId; name: string; members: number }>();
  for (const [org, list] of Object.entries(memberships)) {
    clustersOf.set(org as PageOrgId, list as PageClusterId[]);
    for (const c of list) {
      const id = c as PageClusterId;
      membersOf.set(id, [...(membersOf.get(id) ?? []), org as PageOrgId]);
    }
  }
  for (const [id, members] of [...membersOf].sort())
    clusters.set(id, { id, name: id, members: members.length });
  return {
    orgOrder: Object.keys(memberships) as PageOrgId[],
    clustersOf,
    membersOf,
    clusters,
  } as unknown as PageModel;
}

const TINY = tinyModel({
  o1: ['a'],
  o2: ['a'],
  o3: ['a'],
  o4: ['a', 'b'],
  o5: ['a', 'b'],
  o6: ['a', 'b', 'c'],
  o7: ['b'],
  o8: ['c'],
  o9: [],
});

describe('sort, filter, cap', () => {
  const all = pageIntersections(TINY);
  const keys = (list: readonly PageIntersection[]) => list.map((x) => x.key);

  it('groups by exact cluster set, skipping organisations in none', () => {
    expect(all.map((x) => [x.key, x.size])).toEqual([
      ['a', 3],
      ['a|b', 2],
      ['a|b|c', 1],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it.each([
    ['size', ['a', 'a|b', 'a|b|c', 'b', 'c']],
    ['degree', ['a|b|c', 'a|b', 'a', 'b', 'c']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(keys(sortIntersections(all, sort))).toEqual(expected);
  });

  it.each([
    [{ clusters: [], match: 'any', minSize: 1 }, ['a', 'a|b', 'a|b|c', 'b', 'c']],
    [{ clusters: [], match: 'any', minSize: 2 }, ['a', 'a|b']],
    [{ clusters: ['b', 'c'], match: 'any', minSize: 1 }, ['a|b', 'a|b|c', 'b', 'c']],
    [{ clusters: ['b', 'c'], match: 'all', minSize: 1 }, ['a|b|c']],
    [{ clusters: ['a', 'b'], match: 'all', minSize: 2 }, ['a|b']],
  ] as const)('filters %j', (filter, expected) => {
    const f = { ...filter, clusters: filter.clusters as unknown as PageClusterId[] };
    expect(keys(filterIntersections(all, f))).toEqual(expected);
  });

  it('caps and counts what is hidden', () => {
    const { shown, hidden } = capIntersections(all, 2);
    expect(keys(shown)).toEqual(['a', 'a|b']);
    expect(hidden).toBe(3);
  });

  it('draws rows only for clusters in shown combinations, largest set first', () => {
    const shown = all.filter((x) => x.key === 'b' || x.key === 'a|b');
    expect(upsetRows(TINY, shown).map((r) => [r.cluster, r.setSize])).toEqual([
      ['a', 6],
      ['b', 4],
    ]);
  });
});

describe('upsetLayout', () => {
  const combos = pageIntersections(TINY);
  const rows = upsetRows(TINY, combos);
  const layout = upsetLayout(combos, rows);

  it('puts one bar per combination on one scale, the largest full height', () => {
    expect(layout.bars).toHaveLength(combos.length);
    const [largest, second] = layout.bars;
    expect(largest!.height).toBeCloseTo(DEFAULT_GEOMETRY.barHeight);
    expect(second!.height / largest!.height).toBeCloseTo(2 / 3);
    for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(layout.baseline);
    const xs = layout.bars.map((b) => b.cx);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('fills the dots of a combination clusters and no others, with one row per cluster', () => {
    expect(layout.dots).toHaveLength(combos.length * rows.length);
    for (const combo of combos) {
      const filled = layout.dots.filter((d) => d.key.startsWith(`${combo.key}/`) && d.filled);
      expect(filled).toHaveLength(combo.degree);
    }
    const cys = layout.rows.map((r) => r.cy);
    expect(new Set(cys).size).toBe(rows.length);
    expect(Math.min(...cys)).toBeGreaterThan(layout.baseline);
    // A line joins the dots of combinations of two or more clusters only.
    expect(layout.links.map((l) => l.key)).toEqual(['a|b', 'a|b|c']);
  });

  it('sizes set bars by members, within their column', () => {
    const a = layout.rows.find((r) => r.cluster === 'a')!;
    const c = layout.rows.find((r) => r.cluster === 'c')!;
    expect(c.setWidth / a.setWidth).toBeCloseTo(2 / 6);
    expect(a.setWidth).toBeLessThanOrEqual(DEFAULT_GEOMETRY.setBarWidth);
    expect(layout.width).toBeGreaterThan(
      layout.matrixX + (combos.length - 1) * DEFAULT_GEOMETRY.columnWidth,
    );
  });
});
