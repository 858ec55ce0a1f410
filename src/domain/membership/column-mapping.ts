/**
 * Which column is what, and which shape a table has: one list per cluster (the cluster named by
 * the sheet or file), long format (a cluster column, one row per membership) or wide format (one
 * column per cluster with marks such as x / 1 / ja / yes). Detected from headers and values; the
 * user may override it, so the mapping is plain data.
 */
import { roleOfHeader, type ColumnRole } from './header-vocabulary';
import type { SourceTable } from './table';

export type TableShape = 'per-cluster' | 'long' | 'wide';

export interface ColumnMapping {
  readonly shape: TableShape;
  /** Role of each column, by index into the header. */
  readonly roles: readonly ColumnRole[];
  /** per-cluster: the cluster every row belongs to. */
  readonly clusterName?: string;
  /** wide: the columns that are clusters, and the cluster each names. */
  readonly wideClusters?: readonly { readonly column: number; readonly cluster: string }[];
}

const MARK = /^(x|1|ja|j|yes|y|true|sann|✓|✔|medlem|member)$/i;
const EMPTY_MARK = /^(|0|nei|n|no|false|usann|-)$/i;

/** Sheet names that say nothing about the cluster ("Sheet1", "Ark1", "Medlemmer"). */
const GENERIC_SHEET =
  /^(sheet|ark|blad|tabell|table|medlem(mer|sliste)?|members?|data|liste)\s*\d*$/i;

export function isMark(text: string): boolean {
  return MARK.test(text.trim());
}

function isMarkColumn(table: SourceTable, column: number): boolean {
  let marks = 0;
  for (const { cells } of table.rows) {
    const value = (cells[column] ?? '').trim();
    if (MARK.test(value)) marks++;
    else if (!EMPTY_MARK.test(value)) return false;
  }
  return marks > 0;
}

/** The cluster a per-cluster table belongs to: the sheet when it is named, else the file. */
export function clusterNameFor(table: SourceTable, sheetsInFile: number): string {
  const sheet = table.sheet?.trim() ?? '';
  if (sheet !== '' && (sheetsInFile > 1 || !GENERIC_SHEET.test(sheet))) return sheet;
  const fromFile = table.file
    .replace(/\.[^.]+$/, '')
    .replace(/^(medlemsliste|medlemmer|members|member ?list)[\s_-]+/i, '')
    .replace(/[_]+/g, ' ')
    .trim();
  // A name such as ".csv" or "___.csv" leaves nothing: the file name as written is still a
  // usable cluster name (the io layer notes it), better than rejecting every row.
  return /[\p{L}\p{N}]/u.test(fromFile) ? fromFile : table.file;
}

export function detectMapping(table: SourceTable, sheetsInFile = 1): ColumnMapping {
  const roles: ColumnRole[] = table.header.map((h) => roleOfHeader(h) ?? 'other');
  if (!roles.includes('name')) {
    // No known name header: take the first column whose header is unknown and whose values are text.
    const unknown = table.header.findIndex(
      (h, i) => roleOfHeader(h) === null && !isMarkColumn(table, i),
    );
    if (unknown >= 0) roles[unknown] = 'name';
  }
  if (roles.includes('cluster')) return { shape: 'long', roles };

  const wideClusters = table.header
    .map((header, column) => ({ header, column }))
    .filter(
      ({ header, column }) =>
        roleOfHeader(header) === null &&
        header.trim() !== '' &&
        roles[column] !== 'name' &&
        isMarkColumn(table, column),
    )
    .map(({ header, column }) => ({ column, cluster: header.trim() }));
  if (wideClusters.length >= 2) {
    for (const { column } of wideClusters) roles[column] = 'cluster';
    return { shape: 'wide', roles, wideClusters };
  }
  return { shape: 'per-cluster', roles, clusterName: clusterNameFor(table, sheetsInFile) };
}
