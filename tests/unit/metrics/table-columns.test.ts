/** The metrics table's columns come from the registry; a metric not computed sorts last. */
import { describe, expect, it } from 'vitest';

import { METRICS } from '../../../src/domain/metrics/registry';
import { COLUMNS, type MetricRow, sortRows } from '../../../src/features/metrics/columns';

const row = (name: string, eigenvector: number | null): MetricRow => ({
  name,
  members: 1,
  values: new Map([['eigenvector', eigenvector]]),
});

describe('metrics table columns', () => {
  it('has name, members, then every cluster metric of the registry', () => {
    expect(COLUMNS.map((c) => c.key)).toEqual([
      'name',
      'members',
      ...METRICS.filter((m) => m.graph !== 'organisations').map((m) => m.id),
    ]);
  });

  it.each([
    ['desc', ['b', 'a', 'c']],
    ['asc', ['a', 'b', 'c']],
  ] as const)('sorts %s with the not-computed value last', (direction, order) => {
    const rows = [row('a', 0.1), row('c', null), row('b', 0.5)];
    expect(sortRows(rows, 'eigenvector', direction).map((r) => r.name)).toEqual(order);
  });
});
