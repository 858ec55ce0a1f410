/** The shared table's sorting: numbers, Norwegian text order, missing values last, stable ties. */
import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../../../../src/ui/table/sort';

interface Row {
  readonly name: string;
  readonly n: number | null;
}
const rows: Row[] = [
  { name: 'Ås', n: 2 },
  { name: 'Bø', n: null },
  { name: 'Aker', n: 10 },
  { name: 'Øvre', n: 2 },
  { name: 'Ørland', n: 1 },
];

describe('sortRows', () => {
  it.each([
    { by: 'name', direction: 'asc', want: ['Aker', 'Bø', 'Ørland', 'Øvre', 'Ås'] },
    { by: 'name', direction: 'desc', want: ['Ås', 'Øvre', 'Ørland', 'Bø', 'Aker'] },
    // Ties (Ås, Øvre: 2) keep the input order either way; the missing value stays last.
    { by: 'n', direction: 'asc', want: ['Ørland', 'Ås', 'Øvre', 'Aker', 'Bø'] },
    { by: 'n', direction: 'desc', want: ['Aker', 'Ås', 'Øvre', 'Ørland', 'Bø'] },
  ] as const)('by $by $direction', ({ by, direction, want }) => {
    const value = (r: Row) => (by === 'name' ? r.name : r.n);
    expect(sortRows(rows, value, direction).map((r) => r.name)).toEqual(want);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.n, 'desc');
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it.each([
    { current: null, column: 'a', first: 'desc', want: { columnId: 'a', direction: 'desc' } },
    {
      current: { columnId: 'a', direction: 'desc' },
      column: 'a',
      first: 'desc',
      want: { columnId: 'a', direction: 'asc' },
    },
    {
      current: { columnId: 'a', direction: 'asc' },
      column: 'b',
      first: 'asc',
      want: { columnId: 'b', direction: 'asc' },
    },
  ] as const)('$current, click $column -> $want', ({ current, column, first, want }) => {
    expect(nextSort(current, column, first)).toEqual(want);
  });
});
