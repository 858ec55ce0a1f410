/**
 * Physical rows -> header, data rows and skipped rows, with every non-blank row accounted for:
 * titles above the header, blank rows, repeated headers (lists pasted together) and notes below
 * the table ("Totalt 87", "Kilde: ...") are skipped with a reason the import report can show.
 * Columns empty from top to bottom are dropped; data beyond the header gets a "Column N" name.
 */

import type { SkippedRow, TableRow } from '../domain/membership/table';
import { message } from '../domain/messages/make';
import type { Message } from '../domain/messages/types';
import { normaliseHeader } from '../domain/membership/header-vocabulary';
import { findHeader } from './find-header';
import type { RawRow } from './raw-row';
import { collapseMerged, filledCount, isBlankRow, usedWidth } from './raw-row';

export interface ShapedTable {
  readonly headerRow: number;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly skipped: readonly SkippedRow[];
}

export const SKIP = {
  title: message('skip.title'),
  blank: message('skip.blank'),
  repeatedHeader: message('skip.repeated-header'),
  note: message('skip.note'),
} as const satisfies Readonly<Record<string, Message>>;

// A dated word ("Oppdatert", "Printed", "Hentet" ...) makes a note only when a colon, a date or
// "pr."/"den"/"on" follows: "Hentet Fisk AS" and "Printed Electronics AS" are members.
const NOTE_START =
  /^([*†‡¹²³]|(kilde|source|note|notes|notat|merknad|merk|nb|obs|fotnote|footnote|kommentar)\s*[:.]|(sist\s+)?(oppdatert|endret|updated|last updated|generert|generated|eksportert|exported|utskrift|printed|hentet|uttrekk)(\s*[:.]|\s+\d|\s+(pr|per|den|on|at|fra|from|kl)\b|\s*$)|(sum|summer|totalt?|i alt|antall)(\s*[:=]|\s*$|\s+\d|\s+\w+\s*[:=]?\s*\d))/i;
const COMPANY_END = /\b(as|asa|sa|ans|da|ba|nuf|enk|iks|kf|hf|ab|gmbh|ltd|inc)\.?$/i;
const SUM_WORD = /^(sum|summer|totalt?|i alt|antall)\b/i;
const NUMBER = /^-?[\d\s.,]+$/;
/** A lone sentence this long after a blank row is a remark, not an organisation's name. */
const NOTE_WORDS = 8;

function isNoteRow(cells: readonly string[], blankAbove: boolean, width: number): boolean {
  const filled = collapseMerged(cells).filter((c) => c !== '');
  if (filled.length === 1) {
    const text = filled[0]!;
    if (COMPANY_END.test(text)) return false;
    if (NOTE_START.test(text)) return true;
    return blankAbove && width >= 2 && text.split(/\s+/).length >= NOTE_WORDS;
  }
  // "Sum | | 87" or "Antall medlemmer | 87": a label followed by numbers only.
  return (
    filled.length > 1 && SUM_WORD.test(filled[0]!) && filled.slice(1).every((c) => NUMBER.test(c))
  );
}

function repeatsHeader(cells: readonly string[], header: readonly string[]): boolean {
  if (filledCount(header) === 0) return false;
  const n = Math.max(usedWidth(cells), usedWidth(header));
  for (let i = 0; i < n; i++) {
    if (normaliseHeader(cells[i] ?? '') !== normaliseHeader(header[i] ?? '')) return false;
  }
  return true;
}

export function shapeTable(raw: readonly RawRow[]): ShapedTable {
  const found = findHeader(raw);
  const skipped: SkippedRow[] = [];
  const headerCells = found.index >= 0 ? raw[found.index]!.cells : [];
  for (let i = 0; i < found.index; i++) {
    skipped.push({ row: raw[i]!.row, reason: isBlankRow(raw[i]!.cells) ? SKIP.blank : SKIP.title });
  }
  const body = raw.slice(found.index + 1);
  const reasons: (Message | null)[] = body.map((r) => {
    if (isBlankRow(r.cells)) return SKIP.blank;
    if (repeatsHeader(r.cells, headerCells)) return SKIP.repeatedHeader;
    return null;
  });
  // A loop, not Math.max(...spread): a sheet may have more rows than a call takes arguments.
  let width = usedWidth(headerCells);
  for (const r of body) width = Math.max(width, usedWidth(r.cells));
  for (let i = body.length - 1; i >= 0; i--) {
    if (reasons[i] !== null) continue;
    const blankAbove = i > 0 && isBlankRow(body[i - 1]!.cells);
    if (!isNoteRow(body[i]!.cells, blankAbove, width)) break;
    reasons[i] = SKIP.note;
  }
  const data = body.filter((_, i) => reasons[i] === null);
  body.forEach((r, i) => {
    const reason = reasons[i];
    if (reason) skipped.push({ row: r.row, reason });
  });

  // Keep a column if it has a header or any data; name unnamed ones by their position.
  const keep: number[] = [];
  for (let c = 0; c < width; c++) {
    if ((headerCells[c] ?? '') !== '' || data.some((r) => (r.cells[c] ?? '') !== '')) keep.push(c);
  }
  const header = keep.map((c) => {
    const text = headerCells[c] ?? '';
    return text !== '' ? text : `Column ${c + 1}`;
  });
  const rows: TableRow[] = data.map((r) => ({
    row: r.row,
    cells: keep.map((c) => r.cells[c] ?? ''),
  }));
  skipped.sort((a, b) => a.row - b.row);
  return { headerRow: found.index >= 0 ? raw[found.index]!.row : 0, header, rows, skipped };
}
