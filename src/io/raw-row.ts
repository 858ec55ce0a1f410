/**
 * The shape both readers (text and spreadsheet) hand to header detection: every physical row,
 * blank ones included, with its 1-based number as the user sees it and its cells trimmed.
 */

export interface RawRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export function filledCount(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (cell !== '') n++;
  return n;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/** Index of the last non-empty cell + 1: how wide the row really is. */
export function usedWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i + 1;
  return 0;
}
