/**
 * Which rows a virtualised table draws: with a fixed row height, the rows in the scrolled viewport
 * plus a few either side (overscan), and the heights of the empty space above and below them, so
 * the scrollbar is that of the whole table while the DOM holds only a screenful.
 */

export interface RowWindow {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly padTop: number;
  readonly padBottom: number;
}

export function rowWindow(
  rowCount: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(rowCount, first - overscan));
  const end = Math.max(start, Math.min(rowCount, first + visible + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (rowCount - end) * rowHeight };
}
