/** The matrix's layout (row cut, sorts), its value text per language and its export table. */
import { describe, expect, it } from 'vitest';
import {
  matrixLayout,
  matrixTable,
  valueText,
} from '../../../src/features/county-matrix/matrix-model';
import type { PageCountyMatrix } from '../../../src/worker/county-api';
import { schemeUnits } from '../../../src/worker/county-api';
import { formatShare } from '../../../src/ui/charts/number-format';

const units = schemeUnits('report');
const k = units.length;
const grid = <T>(f: (a: number, b: number) => T): T[][] =>
  units.map((_, a) => units.map((_, b) => f(a, b)));
const matrix: PageCountyMatrix = {
  scheme: 'report',
  clusters: [],
  units,
  members: units.map((_, a) => a + 1),
  pairs: grid((a, b) => (a + 1) * (b + 1)),
  perMember: grid((a, b) => b + 1 + a / 10),
  lift: grid((a, b) => (a === b ? null : (a + 1) / (b + 1))),
  totalPairs: 0,
  placed: 0,
  unplaced: { total: 0, abroad: 0, unknown: 0, ambiguous: 0 },
};
const label = (u: { name: string }) => u.name;
const base = { measure: 'perMember', rowSort: 'order', columnSort: 'order', rows: 'all' } as const;

describe('matrix layout', () => {
  it.each([
    ['all rows in scheme order', base, units.map((u) => u.name)],
    ["the report's cut", { ...base, rows: 'report' }, ['Akershus', 'Buskerud', 'Østfold']],
    [
      'by name',
      { ...base, rowSort: 'name' },
      [...units.map((u) => u.name)].sort(new Intl.Collator('nb').compare),
    ],
    [
      'by total (largest first)',
      { ...base, rowSort: 'total' },
      [...units].reverse().map((u) => u.name),
    ],
    [
      'by the Oslo column (largest first)',
      { ...base, rowSort: 'col-03', rows: 'report' },
      ['Østfold', 'Buskerud', 'Akershus'],
    ],
  ] as const)('%s', (_, settings, names) => {
    const layout = matrixLayout(matrix, settings, label);
    expect(layout.rows.map((a) => units[a]!.name)).toEqual(names);
    expect(layout.columns).toHaveLength(k);
  });

  it('sorts columns by total', () => {
    const layout = matrixLayout(matrix, { ...base, columnSort: 'total' }, label);
    expect(layout.columns[0]).toBe(k - 1);
  });
});

describe('value text', () => {
  it.each([
    [52.047, 'perMember', 'nb', '52,0'],
    [52.06, 'perMember', 'en', '52.1'],
    [1276, 'pairs', 'nb', '1\u00a0276'],
    [1276, 'pairs', 'en', '1,276'],
    [0.7272, 'lift', 'nb', '0,73'],
    [null, 'lift', 'en', '–'],
  ] as const)('%s as %s in %s -> %s', (value, measure, language, text) => {
    expect(valueText(value, measure, language)).toBe(text);
  });

  it('writes shares per language', () => {
    expect(formatShare(0.1, 'nb')).toBe('10,0\u00a0%');
    expect(formatShare(0.1, 'en')).toBe('10.0%');
  });
});

describe('matrix export table', () => {
  it('holds the rows and columns shown, rounded to the measure', () => {
    const layout = matrixLayout(matrix, { ...base, rows: 'report' }, label);
    const table = matrixTable(
      matrix,
      layout,
      'lift',
      { title: 'T', from: 'Fra', members: 'M' },
      label,
    );
    expect(table.header.slice(0, 3)).toEqual(['Fra', 'M', 'Oslo']);
    expect(table.rows.map((r) => r[0])).toEqual(['Akershus', 'Buskerud', 'Østfold']);
    // Akershus is unit 1: lift to Oslo (unit 0) = 2 / 1; to itself null.
    expect(table.rows[0]![2]).toBe(2);
    expect(table.rows[0]![3]).toBeNull();
  });
});
