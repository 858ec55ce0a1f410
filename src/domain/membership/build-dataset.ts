/**
 * Files read -> the dataset: rows to member rows, member rows to organisations, and the import
 * report that accounts for every data row as imported (first row of an organisation), merged
 * (a later row of an organisation already seen) or rejected (with file, row and reason).
 * Rows read = imported + merged + rejected rows; a file that could not be read at all is one
 * rejection with row null and adds no rows.
 */
import { detectMapping, type ColumnMapping } from './column-mapping';
import { readMemberRow, type MemberRow } from './member-rows';
import { applyDecisions, type RecognitionDecision } from './decisions';
import { placementFromRegister, type RegisterEntry } from './register';
import { resolveOrganisations, type ResolvedGroup } from './resolve';
import type { FileRead, SourceTable } from './table';
import type {
  Cluster,
  ClusterId,
  Dataset,
  FileReport,
  MemberType,
  Membership,
  MergeNote,
  Organisation,
  Rejection,
  RowWarning,
} from './types';
import type { Placement } from '../geo/types';
import { message } from '../messages/make';
import type { Message } from '../messages/types';
import { ownValue } from '../analysis/name-record';

export interface BuildOptions {
  // These records are keyed by user text (file names): read them with ownValue() only, so a file
  // named "constructor" or "__proto__" finds no inherited value.
  /** A mapping chosen by the user, by file and sheet ("file" or "file\u0000sheet"). */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  /** The user's merges, splits and keep-aparts, replayed in order. */
  readonly decisions?: readonly RecognitionDecision[];
  /** Places chosen by hand, by organisation id; they win over what the lists say. */
  readonly placements?: Readonly<Record<string, Placement>>;
  /** Enhetsregisteret entries by organisation number; they place organisations the lists did not. */
  readonly register?: Readonly<Record<string, RegisterEntry>>;
}

export function tableKey(table: Pick<SourceTable, 'file' | 'sheet'>): string {
  return table.sheet ? `${table.file}\u0000${table.sheet}` : table.file;
}

const PLACEMENT_RANK: Record<Placement['kind'], number> = {
  county: 3,
  abroad: 2,
  ambiguous: 1,
  unknown: 0,
};

function bestPlacement(rows: readonly MemberRow[]): Placement {
  let best = rows[0]!.placement;
  for (const { placement } of rows) {
    const better =
      PLACEMENT_RANK[placement.kind] > PLACEMENT_RANK[best.kind] ||
      (placement.kind === 'county' &&
        best.kind === 'county' &&
        !best.municipality &&
        !!placement.municipality);
    if (better) best = placement;
  }
  return best;
}

function commonestType(rows: readonly MemberRow[]): MemberType | undefined {
  const counts = new Map<MemberType, number>();
  for (const { type } of rows) if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function placementOf(group: ResolvedGroup, options: BuildOptions): Placement {
  const manual = ownValue(options.placements, group.id);
  if (manual) return manual;
  const fromLists = bestPlacement(group.rows);
  if (fromLists.kind === 'county' || fromLists.kind === 'abroad' || !group.orgNumber)
    return fromLists;
  const entry = ownValue(options.register, group.orgNumber);
  return (entry && placementFromRegister(entry)) ?? fromLists;
}

function organisationOf(group: ResolvedGroup, options: BuildOptions): Organisation {
  const named = group.rows.filter((r) => r.hasName);
  const name = (named[0] ?? group.rows[0]!).name;
  const aliases = [...new Set(named.map((r) => r.name))].filter((n) => n !== name);
  const type = commonestType(group.rows);
  const register = group.orgNumber ? ownValue(options.register, group.orgNumber) : undefined;
  return {
    id: group.id,
    name,
    aliases,
    placement: placementOf(group, options),
    sources: group.rows.map((r) => r.source),
    sourceNames: group.rows.map((r) => (r.hasName ? r.name : '')),
    ...(group.orgNumber ? { orgNumber: group.orgNumber } : {}),
    ...(type ? { type } : {}),
    ...(register ? { register } : {}),
  };
}

function rejectedByReader(table: SourceTable): number {
  return table.rejected?.length ?? 0;
}

export function buildDataset(reads: readonly FileRead[], options: BuildOptions = {}): Dataset {
  const rejected: Rejection[] = [];
  const warnings: RowWarning[] = [];
  const memberRows: MemberRow[] = [];
  const perTable: { table: SourceTable; rows: MemberRow[]; rejected: number }[] = [];

  for (const read of reads) {
    if (!read.ok) {
      rejected.push({ file: read.file, row: null, reason: read.reason });
      continue;
    }
    for (const table of read.tables) {
      const mapping =
        ownValue(options.mappings, tableKey(table)) ?? detectMapping(table, read.tables.length);
      const entry = { table, rows: [] as MemberRow[], rejected: 0 };
      perTable.push(entry);
      const remarks = new Map<number, Message[]>();
      for (const r of table.remarks ?? [])
        remarks.set(r.row, [...(remarks.get(r.row) ?? []), r.reason]);
      // Rows the reader could not take as data (e.g. formula cells without a saved value).
      for (const r of table.rejected ?? []) {
        entry.rejected++;
        rejected.push({
          file: table.file,
          row: r.row,
          reason: r.reason,
          ...(table.sheet ? { sheet: table.sheet } : {}),
        });
      }
      for (const row of table.rows) {
        const outcome = readMemberRow(table, row, mapping);
        if (!outcome.ok) {
          entry.rejected++;
          rejected.push({
            file: table.file,
            row: row.row,
            reason: outcome.reason,
            ...(table.sheet ? { sheet: table.sheet } : {}),
          });
          continue;
        }
        entry.rows.push(outcome.row);
        memberRows.push(outcome.row);
        for (const warning of outcome.row.warnings)
          warnings.push({ source: outcome.row.source, message: warning });
        for (const remark of remarks.get(row.row) ?? [])
          warnings.push({ source: outcome.row.source, message: remark });
      }
    }
  }

  const resolution = resolveOrganisations(memberRows);
  const { ambiguous } = resolution;
  const order = new Map(memberRows.map((row, i) => [row, i]));
  const byOrder = (a: MemberRow, b: MemberRow) => order.get(a)! - order.get(b)!;
  const groups = applyDecisions(resolution.groups, options.decisions ?? [])
    .map((g) => ({ ...g, rows: [...g.rows].sort(byOrder) }))
    .sort((a, b) => byOrder(a.rows[0]!, b.rows[0]!));
  const userMerged = new Set(
    (options.decisions ?? []).flatMap((d) => (d.kind === 'merge' ? [d.b] : [])),
  );
  const automaticGroupOf = new Map<MemberRow, string>();
  for (const g of resolution.groups) for (const row of g.rows) automaticGroupOf.set(row, g.id);
  for (const { row, numbers } of ambiguous) {
    warnings.push({
      source: row.source,
      message: message('row.ambiguous-name', { name: row.name, count: numbers.length }),
    });
  }

  const clusterIds = new Map<string, ClusterId>();
  const clusters: Cluster[] = [];
  const clusterOf = (name: string): ClusterId => {
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    let id = clusterIds.get(key);
    if (!id) {
      id = `k${clusters.length + 1}` as ClusterId;
      clusterIds.set(key, id);
      clusters.push({ id, name: name.trim().replace(/\s+/g, ' ') });
    }
    return id;
  };

  const organisations: Organisation[] = [];
  const memberships: Membership[] = [];
  const merges: MergeNote[] = [];
  const seenPairs = new Set<string>();
  const firstRowOf = new Set<MemberRow>();
  for (const group of groups) {
    const organisation = organisationOf(group, options);
    organisations.push(organisation);
    firstRowOf.add(group.rows[0]!);
    group.rows.forEach((row, i) => {
      for (const cluster of row.clusters) {
        const id = clusterOf(cluster);
        const pair = `${group.id}\u0000${id}`;
        if (!seenPairs.has(pair)) {
          seenPairs.add(pair);
          memberships.push({ org: group.id, cluster: id });
        }
      }
      if (i > 0) {
        const sameAutomatic = automaticGroupOf.get(row) === automaticGroupOf.get(group.rows[0]!);
        const by: MergeNote['by'] =
          !sameAutomatic && userMerged.size > 0
            ? 'user'
            : row.orgNumber && group.orgNumber
              ? 'org-number'
              : 'name';
        merges.push({ source: row.source, into: group.id, by });
      }
    });
  }

  const files: FileReport[] = perTable.map(({ table, rows, rejected: rejectedRows }) => {
    const imported = rows.filter((r) => firstRowOf.has(r)).length;
    return {
      file: table.file,
      rowsRead: table.rows.length + rejectedByReader(table),
      imported,
      merged: rows.length - imported,
      rejected: rejectedRows,
      skipped: table.skipped,
      ...(table.sheet ? { sheet: table.sheet } : {}),
      ...(table.encoding ? { encoding: table.encoding } : {}),
    };
  });
  return {
    organisations,
    clusters,
    memberships,
    report: {
      rows: files.reduce((sum, f) => sum + f.rowsRead, 0),
      imported: organisations.length,
      merged: merges.length,
      rejected,
      merges,
      warnings,
      files,
    },
  };
}
