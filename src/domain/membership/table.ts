/**
 * A table as the io layer hands it to the domain: one sheet or one CSV file, with its header
 * found and every physical row accounted for as data or as skipped (title, note, blank, repeated
 * header). Row numbers are 1-based, as the user sees them in Excel or a text editor.
 */

import type { Message } from '../messages/types';

export interface TableRow {
  /** 1-based row (line/record) number in the file or sheet. */
  readonly row: number;
  /** Cell texts, trimmed; index matches `SourceTable.header`. */
  readonly cells: readonly string[];
}

export interface SkippedRow {
  readonly row: number;
  /** Why, for the import report: skip.title, skip.blank, skip.note, skip.repeated-header. */
  readonly reason: Message;
}

export interface SourceTable {
  /** File name as the user gave it (no folders). */
  readonly file: string;
  /** Sheet name for spreadsheets; undefined for CSV. */
  readonly sheet?: string;
  /** How text was decoded (CSV): 'utf-8', 'utf-8 (BOM)', 'utf-16le (BOM)', 'windows-1252' ... */
  readonly encoding?: string;
  /** Delimiter used (CSV). */
  readonly delimiter?: string;
  /** 1-based row number of the header row; 0 when the table had no recognisable header. */
  readonly headerRow: number;
  readonly header: readonly string[];
  /** Data rows below the header. */
  readonly rows: readonly TableRow[];
  /** Rows that are not data: above the header, notes below, blanks, repeated headers. */
  readonly skipped: readonly SkippedRow[];
  /** Rows the reader could not take as data although they hold some (e.g. a formula cell
   * without a saved value): rejected with their reason, never skipped. */
  readonly rejected?: readonly SkippedRow[];
  /** Remarks on data rows that the reader was unsure about (unusual quote, mixed encoding). */
  readonly remarks?: readonly SkippedRow[];
}

/** What reading one file gave: its tables, or a reason it could not be read at all. */
export type FileRead =
  | {
      readonly file: string;
      readonly ok: true;
      readonly tables: readonly SourceTable[];
      /** Remarks on the file; the file name is not in them (it is `file`). */
      readonly notes: readonly Message[];
    }
  | { readonly file: string; readonly ok: false; readonly reason: Message };
