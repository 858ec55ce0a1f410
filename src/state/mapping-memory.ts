/**
 * Column mappings remembered across files: when the user fixes the mapping of a table, the next
 * file with the same headers (the same export from the same CRM, next month) gets it too. The key
 * is the normalised header list; the cluster name of a one-list-per-cluster table is not carried
 * over, since it belongs to the file it was typed for.
 */
import { ownValue } from '../domain/records/safe-record';
import type { ColumnMapping } from '../domain/membership/column-mapping';
import { normaliseHeader } from '../domain/membership/header-vocabulary';
import type { TablePreview } from '../worker/types';
import { withMapping } from './workspace';
import type { Workspace } from './types';

export function headerSignature(header: readonly string[]): string {
  return header.map(normaliseHeader).join('\u0001');
}

/** A remembered mapping fitted to a table with the same headers. */
export function fitRemembered(remembered: ColumnMapping, table: TablePreview): ColumnMapping {
  if (remembered.shape !== 'per-cluster') return remembered;
  const ours = table.detected.shape === 'per-cluster' ? table.detected.clusterName : undefined;
  const fitted: ColumnMapping = { shape: remembered.shape, roles: remembered.roles };
  return ours !== undefined ? { ...fitted, clusterName: ours } : fitted;
}

/**
 * Gives every new table that has no mapping yet the one remembered for its headers. Tables without
 * a header row (headerRow 0, "Column 1, Column 2 ...") are left alone: equal made-up names say
 * nothing about the columns.
 */
export function applyRemembered(
  ws: Workspace,
  tables: readonly TablePreview[],
  memory: Readonly<Record<string, ColumnMapping>>,
): Workspace {
  let next = ws;
  for (const table of tables) {
    if (table.headerRow === 0 || ownValue(next.mappings, table.key) !== undefined) continue;
    const remembered = ownValue(memory, headerSignature(table.header));
    if (!remembered || remembered.roles.length !== table.header.length) continue;
    next = withMapping(next, table.key, fitRemembered(remembered, table), 'remembered');
  }
  return next;
}
