/** The organisation metrics table's model: index sorts over typed columns, rows, bridges. */
import { describe, expect, it } from 'vitest';
import type { PageClusterId, PageOrgId } from '../../../src/domain/page/ids';
import type { PageModel } from '../../../src/domain/page/model';
import {
  bridges,
  memberPositions,
  nameOrder,
  orderedRows,
  ORG_METRICS,
  parseOrgSort,
  sortByColumn,
  wholeColumn,
} from '../../../src/features/org-metrics/org-metrics-model';
import { METRICS } from '../../../src/domain/metrics/registry';
import { built } from '../page/model-fixture';

const N = Number.NaN;

describe('sortByColumn', () => {
  it.each<[string, number[], 'asc' | 'desc', number[]]>([
    ['descending', [0.1, 0.5, 0.3], 'desc', [1, 2, 0]],
    ['ascending', [0.1, 0.5, 0.3], 'asc', [0, 2, 1]],
    ['ties keep name order', [2, 1, 2, 1], 'desc', [0, 2, 1, 3]],
    ['not computed last, descending', [N, 0.2, N, 0.4], 'desc', [3, 1, 0, 2]],
    ['not computed last, ascending', [N, 0.2, N, 0.4], 'asc', [1, 3, 0, 2]],
    ['empty', [], 'desc', []],
  ])('%s', (_name, values, direction, expected) => {
    expect([...sortByColumn(Float64Array.from(values), direction)]).toEqual(expected);
  });

  it('sorts 100 000 values into non-increasing order, NaN at the end', () => {
    const column = new Float64Array(100_000);
    let seed = 7;
    for (let i = 0; i < column.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      column[i] = i % 997 === 0 ? N : seed / 2147483648;
    }
    const order = sortByColumn(column, 'desc');
    expect(order.length).toBe(column.length);
    expect(new Set(order).size).toBe(column.length);
    const nans = [...column].filter(Number.isNaN).length;
    let outOfOrder = 0;
    for (let i = 1; i < order.length - nans; i++) {
      if (!(column[order[i]!]! <= column[order[i - 1]!]!)) outOfOrder++;
    }
    let nanAtEnd = 0;
    for (let i = order.length - nans; i < order.length; i++) {
      if (Number.isNaN(column[order[i]!]!)) nanAtEnd++;
    }
    expect([outOfOrder, nanAtEnd]).toEqual([0, nans]);
  });
});

describe('parseOrgSort', () => {
  const known = ['name', 'betweenness'];
  it.each([
    ['betweenness.desc', { columnId: 'betweenness', direction: 'desc' }],
    ['name.desc', { columnId: 'name', direction: 'desc' }],
    ['nosuch.desc', { columnId: 'name', direction: 'asc' }],
    ['betweenness.up', { columnId: 'name', direction: 'asc' }],
    ['', { columnId: 'name', direction: 'asc' }],
  ])('%s', (text, expected) => expect(parseOrgSort(text, known)).toEqual(expected));
});

const o = (s: string) => s as PageOrgId;
const c = (s: string) => s as PageClusterId;
const fake = {
  orgOrder: [o('oA'), o('oB'), o('oC'), o('oD')],
  membersOf: new Map([
    [c('c1'), [o('oA'), o('oB')]],
    [c('c2'), [o('oB'), o('oC'), o('oD')]],
  ]),
  clustersOf: new Map([
    [o('oA'), [c('c1')]],
    [o('oB'), [c('c1'), c('c2')]],
    [o('oC'), [c('c2')]],
    [o('oD'), [c('c2')]],
  ]),
  metrics: {
    organisations: {
      degree: Float64Array.from([1, 2, 1, 1]),
      betweenness: Float64Array.from([0, 0.8, 0, N]),
    },
  },
} as unknown as PageModel;

describe('orderedRows and filters', () => {
  it('sorts by a metric column, by name, and keeps to the positions given', () => {
    expect(orderedRows(fake, { columnId: 'betweenness', direction: 'desc' })).toEqual([1, 0, 2, 3]);
    expect(orderedRows(fake, { columnId: 'name', direction: 'desc' })).toEqual([3, 2, 1, 0]);
    const only = memberPositions(fake, [c('c1')]);
    expect([...only!].sort()).toEqual([0, 1]);
    expect(orderedRows(fake, { columnId: 'degree', direction: 'desc' }, only)).toEqual([1, 0]);
    expect(memberPositions(fake, [])).toBeNull();
  });

  it('anonymised, name order is the order of the shown labels (dataset order)', () => {
    const model = {
      ...fake,
      organisations: new Map([
        [o('oA'), { index: 3 }],
        [o('oB'), { index: 1 }],
        [o('oC'), { index: 4 }],
        [o('oD'), { index: 2 }],
      ]),
    } as unknown as PageModel;
    expect(orderedRows(model, { columnId: 'name', direction: 'asc' }, null, true)).toEqual([
      1, 3, 0, 2,
    ]);
  });

  it('knows whole-number columns', () => {
    expect(wholeColumn(Float64Array.from([1, 2, N]))).toBe(true);
    expect(wholeColumn(Float64Array.from([1, 0.5]))).toBe(false);
    expect([...nameOrder(3, 'desc')]).toEqual([2, 1, 0]);
  });

  it('bridges: betweenness above 0 only, highest first, with the clusters it ties', () => {
    expect(bridges(fake, 10)).toEqual([{ id: 'oB', betweenness: 0.8, clusters: ['c1', 'c2'] }]);
  });
});

describe('on a built page model', () => {
  it('has a column for every organisation metric of the registry', async () => {
    const { model } = await built('salt');
    expect(ORG_METRICS.map((m) => m.id)).toEqual(
      METRICS.filter((m) => m.graph !== 'clusters').map((m) => m.id),
    );
    for (const m of ORG_METRICS)
      expect(model.metrics.organisations[m.id]).toBeInstanceOf(Float64Array);
  });

  it('ranks bridges as the analysis ranks betweenness', async () => {
    const { model, analysis } = await built('salt');
    const expected = Object.values(analysis.metrics.organisations)
      .map((v) => v['betweenness'] as number)
      .filter((v) => v > 0)
      .sort((a, b) => b - a);
    const list = bridges(model, 1000);
    expect(list.map((b) => b.betweenness)).toEqual(expected);
    for (const b of list) expect(b.clusters.length).toBeGreaterThan(1);
  });
});
