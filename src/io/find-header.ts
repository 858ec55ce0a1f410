/**
 * Which row is the header. Lists often open with a title ("Medlemsliste pr. 01.03.2022"), a
 * logo row or blank rows, so the header is searched for: first by the words headers use (the
 * shared vocabulary also used for column mapping), then by shape (a row of short, distinct labels
 * above rows of similar width). Used for CSV and spreadsheets alike.
 */

import { roleOfHeader } from '../domain/membership/header-vocabulary';
import type { RawRow } from './raw-row';
import { collapseMerged, filledCount, isBlankRow } from './raw-row';

/** How many non-blank rows from the top may hold the header. */
export const HEADER_SEARCH_ROWS = 100;

export type HeaderFound =
  | { readonly index: number; readonly how: 'vocabulary' | 'shape' }
  | { readonly index: -1; readonly how: 'none' };

const DATA_CELL = /^(\d[\d\s.]{3,}\d)$/;

/** Known header words: a name or org number column, or two known columns of any kind. */
export function hasHeaderWords(cells: readonly string[]): boolean {
  let known = 0;
  // A row holding data ("X AS", an org number, a postcode) is a member, even when another of its
  // cells is a header word ("Medlem" in a Rolle column).
  if (cells.some((c) => DATA_CELL.test(c) || COMPANY_FORM.test(c))) return false;
  for (const cell of cells) {
    if (cell === '') continue;
    const role = roleOfHeader(cell);
    if (role === 'name' || role === 'orgNumber') return true;
    if (role) known++;
  }
  return known >= 2;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * A header is about as wide as the rows under it. This keeps a one-cell title such as
 * "Medlemmer" (a known header word!) from being taken for the header of a wider table.
 */
function fitsRowsBelow(cells: readonly string[], below: readonly RawRow[]): boolean {
  if (below.length === 0) return true;
  const filled = filledCount(cells);
  const widths = below.map((r) => filledCount(r.cells));
  if (filled === 1) return widths.every((w) => w <= 1);
  return filled * 2 >= median(widths);
}

const NUMERIC = /^[\d\s.,:;/+\-()%]+$/;
const COMPANY_FORM = /\b(as|asa|sa|ans|da|ba|nuf|enk|iks|kf|hf|ab|gmbh|ltd|inc)\.?$/i;

/** Short, distinct, non-numeric labels that do not look like company names. */
function looksLikeLabels(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2) return false;
  const keys = new Set(filled.map((c) => c.toLowerCase()));
  if (keys.size !== filled.length) return false;
  return filled.every((c) => c.length <= 60 && !NUMERIC.test(c) && !COMPANY_FORM.test(c));
}

function shapeFits(cells: readonly string[], below: readonly RawRow[]): boolean {
  if (below.length === 0) return false;
  const need = Math.max(2, Math.ceil(filledCount(cells) / 2));
  const fitting = below.filter((r) => filledCount(r.cells) >= need).length;
  return fitting * 2 > below.length;
}

export function findHeader(rows: readonly RawRow[]): HeaderFound {
  const candidates: number[] = [];
  for (let i = 0; i < rows.length && candidates.length < HEADER_SEARCH_ROWS; i++) {
    if (!isBlankRow(rows[i]!.cells)) candidates.push(i);
  }
  const nonBlankBelow = (i: number, n: number): RawRow[] => {
    const out: RawRow[] = [];
    for (let j = i + 1; j < rows.length && out.length < n; j++) {
      if (!isBlankRow(rows[j]!.cells)) out.push(rows[j]!);
    }
    return out;
  };
  for (const i of candidates) {
    const cells = collapseMerged(rows[i]!.cells);
    if (
      hasHeaderWords(cells) &&
      fitsRowsBelow(cells, nonBlankBelow(i, filledCount(cells) === 1 ? 3 : 5))
    ) {
      return { index: i, how: 'vocabulary' };
    }
  }
  for (const i of candidates) {
    const cells = rows[i]!.cells;
    if (looksLikeLabels(cells) && shapeFits(cells, nonBlankBelow(i, 3))) {
      return { index: i, how: 'shape' };
    }
  }
  return { index: -1, how: 'none' };
}
