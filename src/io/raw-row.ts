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

/**
 * A row whose filled cells all hold the same text is one value spread by a merge (a title or a
 * note merged across the table's width): judge it as that single cell.
 */
export function collapseMerged(cells: readonly string[]): readonly string[] {
  const filled = cells.filter((cell) => cell !== '');
  return filled.length > 1 && filled.every((cell) => cell === filled[0]) ? [filled[0]!] : cells;
}
