/** The metrics table's columns come from the registry; a metric not computed has no value. */
import { describe, expect, it } from 'vitest';

import { METRICS } from '../../../src/domain/metrics/registry';
import type { PageModel } from '../../../src/domain/page/model';
import { metricColumns, metricRows } from '../../../src/features/metrics/columns';

const model = {
  clusters: new Map([
    ['c1', { id: 'c1', name: 'B', members: 2 }],
    ['c2', { id: 'c2', name: 'A', members: 3 }],
  ]),
  metrics: {
    clusters: new Map([
      ['c1', { degree: 1, eigenvector: null }],
      ['c2', { degree: 1, eigenvector: 0.5 }],
    ]),
  },
} as unknown as PageModel;

describe('metrics table columns', () => {
  it('has a column for every cluster metric of the registry, in its order', () => {
    const rows = metricRows(model, (id) => (id === 'c1' ? 'B' : 'A'));
    expect(metricColumns(rows).map((c) => c.id)).toEqual(
      METRICS.filter((m) => m.graph !== 'organisations').map((m) => m.id),
    );
  });

  it('rows are sorted by name; a metric not computed is left out of the row', () => {
    const rows = metricRows(model, (id) => (id === 'c1' ? 'B' : 'A'));
    expect(rows.map((r) => r.name)).toEqual(['A', 'B']);
    expect(rows[0]!.values.get('eigenvector')).toBe(0.5);
    expect(rows[1]!.values.has('eigenvector')).toBe(false);
  });
});
