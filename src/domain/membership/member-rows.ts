/**
 * One table row -> one member row: who (name, organisation number), which clusters, where, what
 * type. Rows that cannot name an organisation or a cluster are rejected with the reason; a number
 * failing its check digit is kept as a warning and the row is matched by name instead.
 */
import { placeFromHints } from '../geo/place';
import type { PlaceHints, Placement } from '../geo/types';
import type { ColumnRole } from './header-vocabulary';
import { readMemberType } from './member-type';
import { normaliseName } from './names';
import { formatOrgNumber, readOrgNumber } from './org-number';
import type { ColumnMapping } from './column-mapping';
import { isMark } from './column-mapping';
import type { SourceTable, TableRow } from './table';
import type { MemberType, RowSource } from './types';
import { message } from '../messages/make';
import type { Message } from '../messages/types';

export interface MemberRow {
  readonly source: RowSource;
  /** The name as written; a placeholder from the number when the row has none. */
  readonly name: string;
  readonly hasName: boolean;
  readonly orgNumber?: string;
  readonly clusters: readonly string[];
  readonly placement: Placement;
  readonly type?: MemberType;
  readonly warnings: readonly Message[];
}

export type RowOutcome =
  | { readonly ok: true; readonly row: MemberRow }
  | { readonly ok: false; readonly source: RowSource; readonly reason: Message };

function cellOf(row: TableRow, roles: readonly ColumnRole[], role: ColumnRole): string {
  const index = roles.indexOf(role);
  return index < 0 ? '' : (row.cells[index] ?? '').trim();
}

function clustersOf(row: TableRow, mapping: ColumnMapping): string[] {
  if (mapping.shape === 'per-cluster') return mapping.clusterName ? [mapping.clusterName] : [];
  if (mapping.shape === 'wide') {
    return (mapping.wideClusters ?? [])
      .filter(({ column }) => isMark(row.cells[column] ?? ''))
      .map(({ cluster }) => cluster);
  }
  // Long format: one cluster per row; some lists put several in one cell ("A; B").
  return cellOf(row, mapping.roles, 'cluster')
    .split(/\s*[;|]\s*/)
    .filter((c) => c !== '');
}

export function readMemberRow(
  table: SourceTable,
  row: TableRow,
  mapping: ColumnMapping,
): RowOutcome {
  const source: RowSource = {
    file: table.file,
    row: row.row,
    ...(table.sheet ? { sheet: table.sheet } : {}),
  };
  const { roles } = mapping;
  const warnings: Message[] = [];
  const writtenName = cellOf(row, roles, 'name').replace(/\s+/g, ' ');
  const number = readOrgNumber(cellOf(row, roles, 'orgNumber'));
  if (number.kind === 'invalid') {
    warnings.push(message(`row.org-number-${number.problem}`, number.params));
  }
  const orgNumber = number.kind === 'valid' ? number.value : undefined;

  if (writtenName === '' && !orgNumber) {
    const reason =
      number.kind === 'invalid'
        ? message(`row.no-name-number-${number.problem}`, number.params)
        : message('row.no-name-or-number');
    return { ok: false, source, reason };
  }
  if (writtenName !== '' && !orgNumber && normaliseName(writtenName) === '') {
    return {
      ok: false,
      source,
      reason: message('row.not-a-name', { name: writtenName }),
    };
  }
  const clusters = clustersOf(row, mapping);
  if (clusters.length === 0) {
    const reason =
      mapping.shape === 'wide' ? message('row.no-cluster-marked') : message('row.no-cluster-named');
    return { ok: false, source, reason };
  }
  const hints: PlaceHints = {
    municipalityNumber: cellOf(row, roles, 'municipalityNumber'),
    municipalityName: cellOf(row, roles, 'municipalityName') || cellOf(row, roles, 'postalPlace'),
    postalCode: cellOf(row, roles, 'postalCode'),
    county: cellOf(row, roles, 'county'),
    country: cellOf(row, roles, 'country'),
  };
  const typeText = cellOf(row, roles, 'type');
  const type = readMemberType(typeText);
  if (typeText !== '' && !type) warnings.push(message('row.unknown-type', { type: typeText }));
  return {
    ok: true,
    row: {
      source,
      name: writtenName || `Org.nr. ${formatOrgNumber(orgNumber!)}`,
      hasName: writtenName !== '',
      clusters,
      placement: placeFromHints(hints),
      warnings,
      ...(orgNumber ? { orgNumber } : {}),
      ...(type ? { type } : {}),
    },
  };
}
