/**
 * Integer tables whose column totals must come out exact: rows are clusters, columns are groups
 * (Oslo / Viken / rest) or member types. Each row starts from its preferred shares; fixed cells
 * (published figures) never move; no cell drops below its floor (the members placed in it
 * already) or rises above its cap; units then move one at a time, always from the row that is
 * furthest over its preference in the surplus column and under it in the short one, until every
 * column total is exact. Deterministic: no randomness, ties go to the earlier row.
 */

export interface BalanceRow {
  readonly label: string;
  readonly size: number;
  /** Preferred shares by column (need not add to exactly 1). */
  readonly preferred: readonly number[];
  /** Exact values for some columns (undefined = free). */
  readonly fixed: readonly (number | undefined)[];
  readonly floor: readonly number[];
  readonly cap?: readonly (number | undefined)[];
}

/** Largest-remainder rounding of shares to whole units adding up to `total`. */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (sum > 0 ? (s / sum) * total : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]!++;
    left--;
  }
  return counts;
}

function capOf(row: BalanceRow, c: number): number {
  return row.cap?.[c] ?? row.size;
}

/** The starting cells of a row: fixed values, the rest apportioned, then lifted to floors. */
function startRow(row: BalanceRow): number[] {
  const columns = row.preferred.length;
  const free = [...Array(columns).keys()].filter((c) => row.fixed[c] === undefined);
  const fixedSum = row.fixed.reduce<number>((a, b) => a + (b ?? 0), 0);
  const freeCounts = apportion(
    row.size - fixedSum,
    free.map((c) => row.preferred[c]!),
  );
  const cells = row.fixed.map((f) => f ?? 0);
  free.forEach((c, k) => (cells[c] = freeCounts[k]!));
  for (let c = 0; c < columns; c++) {
    if (cells[c]! < row.floor[c]!) {
      if (row.fixed[c] !== undefined)
        throw new Error(`${row.label}: fixed ${cells[c]} is below the ${row.floor[c]} placed`);
      let need = row.floor[c]! - cells[c]!;
      cells[c] = row.floor[c]!;
      while (need > 0) {
        const donor = free
          .filter((d) => d !== c && cells[d]! > row.floor[d]!)
          .sort((a, b) => cells[b]! - row.floor[b]! - (cells[a]! - row.floor[a]!))[0];
        if (donor === undefined) throw new Error(`${row.label}: floors exceed the size`);
        cells[donor]!--;
        need--;
      }
    }
  }
  return cells;
}

/** Cells per row whose column sums equal `columnTotals`; throws when that cannot be reached. */
export function balance(rows: readonly BalanceRow[], columnTotals: readonly number[]): number[][] {
  const cells = rows.map(startRow);
  const columns = columnTotals.length;
  const sums = () =>
    [...Array(columns).keys()].map((c) => cells.reduce((s, row) => s + row[c]!, 0));
  for (let step = 0; step < 100_000; step++) {
    const current = sums();
    const over = [...Array(columns).keys()].filter((c) => current[c]! > columnTotals[c]!);
    const under = [...Array(columns).keys()].filter((c) => current[c]! < columnTotals[c]!);
    if (over.length === 0 && under.length === 0) return cells;
    let best: { r: number; a: number; b: number; score: number } | undefined;
    for (const a of over)
      for (const b of under)
        rows.forEach((row, r) => {
          const cell = cells[r]!;
          if (row.fixed[a] !== undefined || row.fixed[b] !== undefined) return;
          if (cell[a]! <= row.floor[a]! || cell[b]! >= capOf(row, b)) return;
          const score =
            cell[a]! / row.size - row.preferred[a]! - (cell[b]! / row.size - row.preferred[b]!);
          if (!best || score > best.score) best = { r, a, b, score };
        });
    if (!best) throw new Error(`balance: no free cell can move; column sums ${current.join('/')}`);
    cells[best.r]![best.a]!--;
    cells[best.r]![best.b]!++;
  }
  throw new Error('balance: did not converge');
}
