/**
 * Where the UpSet chart draws each piece, as plain numbers (pure, so it is tested without a
 * browser): one column per combination with its bar above (height by size, on one scale) and
 * its dots below, one row per cluster with its name on the left and its set size as a horizontal
 * bar between the name and the matrix. The chart component only turns this into SVG.
 */
import type { PageClusterId } from '../../domain/page/ids';
import type { PageIntersection, UpsetRow } from './upset-model';

export interface UpsetGeometry {
  readonly labelWidth: number;
  readonly setBarWidth: number;
  readonly columnWidth: number;
  readonly rowHeight: number;
  /** Height of the bar area (the tallest bar), and room above it for its value. */
  readonly barHeight: number;
  readonly valueRoom: number;
  readonly gap: number;
}

/** Pixels kept after a set bar for its value ("1 276"). */
export const SET_VALUE_ROOM = 40;

export const DEFAULT_GEOMETRY: UpsetGeometry = {
  labelWidth: 230,
  setBarWidth: 110,
  columnWidth: 24,
  rowHeight: 22,
  barHeight: 170,
  valueRoom: 18,
  gap: 8,
};

export interface BarBox {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Column centre. */
  readonly cx: number;
}

export interface RowBox {
  readonly cluster: PageClusterId;
  readonly cy: number;
  readonly setSize: number;
  /** Width of the set-size bar; it starts at `setBarX`. */
  readonly setWidth: number;
}

export interface Dot {
  readonly key: string;
  readonly cx: number;
  readonly cy: number;
  readonly filled: boolean;
}

export interface UpsetLayout {
  readonly width: number;
  readonly height: number;
  /** Bottom of the bars (their shared baseline). */
  readonly baseline: number;
  readonly matrixX: number;
  readonly setBarX: number;
  readonly bars: readonly BarBox[];
  readonly rows: readonly RowBox[];
  readonly dots: readonly Dot[];
  /** The line joining a column's filled dots. */
  readonly links: readonly {
    readonly key: string;
    readonly x: number;
    readonly y1: number;
    readonly y2: number;
  }[];
}

export function upsetLayout(
  combos: readonly PageIntersection[],
  rows: readonly UpsetRow[],
  g: UpsetGeometry = DEFAULT_GEOMETRY,
): UpsetLayout {
  const setBarX = g.labelWidth;
  const matrixX = g.labelWidth + g.setBarWidth + g.gap;
  const baseline = g.valueRoom + g.barHeight;
  const matrixTop = baseline + g.gap;
  const maxSize = Math.max(1, ...combos.map((c) => c.size));
  const maxSet = Math.max(1, ...rows.map((r) => r.setSize));
  const barWidth = Math.max(2, g.columnWidth * 0.7);

  const rowBoxes: RowBox[] = rows.map((r, j) => ({
    cluster: r.cluster,
    cy: matrixTop + j * g.rowHeight + g.rowHeight / 2,
    setSize: r.setSize,
    // Room is left after the longest bar for its printed value.
    setWidth: (r.setSize / maxSet) * (g.setBarWidth - SET_VALUE_ROOM),
  }));
  const rowAt = new Map(rowBoxes.map((r) => [r.cluster, r]));

  const bars: BarBox[] = [];
  const dots: Dot[] = [];
  const links: { key: string; x: number; y1: number; y2: number }[] = [];
  combos.forEach((combo, i) => {
    const cx = matrixX + i * g.columnWidth + g.columnWidth / 2;
    const height = Math.max(1, (combo.size / maxSize) * g.barHeight);
    bars.push({
      key: combo.key,
      x: cx - barWidth / 2,
      y: baseline - height,
      width: barWidth,
      height,
      cx,
    });
    const inCombo = new Set(combo.clusters);
    let y1 = Infinity;
    let y2 = -Infinity;
    for (const row of rowBoxes) {
      const filled = inCombo.has(row.cluster);
      dots.push({ key: `${combo.key}/${row.cluster}`, cx, cy: row.cy, filled });
      if (filled) {
        y1 = Math.min(y1, row.cy);
        y2 = Math.max(y2, row.cy);
      }
    }
    if (y2 > y1) links.push({ key: combo.key, x: cx, y1, y2 });
    for (const c of combo.clusters)
      if (!rowAt.has(c)) throw new Error(`upsetLayout: no row for ${c}`);
  });

  return {
    width: matrixX + Math.max(1, combos.length) * g.columnWidth + g.gap,
    height: matrixTop + rows.length * g.rowHeight + g.gap,
    baseline,
    matrixX,
    setBarX,
    bars,
    rows: rowBoxes,
    dots,
    links,
  };
}
