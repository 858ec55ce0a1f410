/**
 * Sorting for the shared table: by one column's sort value, numbers numerically and text in
 * Norwegian order, missing values last whichever the direction; a stable sort, so ties keep the
 * order the rows came in (callers pass rows in their natural order, e.g. by name).
 */

export type SortDirection = 'asc' | 'desc';
export type SortValue = number | string | null | undefined;

export interface SortState {
  readonly columnId: string;
  readonly direction: SortDirection;
}

const collator = new Intl.Collator('nb');

export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<R>(
  rows: readonly R[],
  value: (row: R) => SortValue,
  direction: SortDirection,
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, v: value(row) }));
  keyed.sort((x, y) => {
    const xMissing = x.v === null || x.v === undefined || Number.isNaN(x.v);
    const yMissing = y.v === null || y.v === undefined || Number.isNaN(y.v);
    if (xMissing || yMissing) return xMissing === yMissing ? x.index - y.index : xMissing ? 1 : -1;
    return sign * compareValues(x.v, y.v) || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: the same column flips; another starts in its own first direction. */
export function nextSort(
  current: SortState | null,
  columnId: string,
  firstDirection: SortDirection,
): SortState {
  if (current?.columnId === columnId)
    return { columnId, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { columnId, direction: firstDirection };
}
