/**
 * File reads -> what the import view shows before and beside the dataset: per file whether it was
 * read (or why not), and per table its header, first rows, skipped rows and the mapping in use.
 */
import { tableKey } from '../domain/membership/build-dataset';
import { detectMapping, type ColumnMapping } from '../domain/membership/column-mapping';
import type { FileRead } from '../domain/membership/table';
import { ownValue } from '../domain/records/safe-record';
import type { FileStatus, TablePreview } from './types';

/** Rows shown under the header in the mapping view. */
export const PREVIEW_ROWS = 8;

export function fileStatus(read: FileRead): FileStatus {
  return read.ok
    ? { file: read.file, ok: true, notes: read.notes, tables: read.tables.map(tableKey) }
    : { file: read.file, ok: false, reason: read.reason, notes: [], tables: [] };
}

export function tablePreviews(
  reads: readonly FileRead[],
  mappings: Readonly<Record<string, ColumnMapping>> = {},
): TablePreview[] {
  return reads.flatMap((read) =>
    read.ok
      ? read.tables.map((table): TablePreview => {
          const key = tableKey(table);
          const detected = detectMapping(table, read.tables.length);
          return {
            key,
            file: table.file,
            headerRow: table.headerRow,
            header: table.header,
            rows: table.rows.slice(0, PREVIEW_ROWS),
            rowCount: table.rows.length,
            skipped: table.skipped,
            sheetsInFile: read.tables.length,
            mapping: ownValue(mappings, key) ?? detected,
            detected,
            ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
            ...(table.encoding !== undefined ? { encoding: table.encoding } : {}),
            ...(table.delimiter !== undefined ? { delimiter: table.delimiter } : {}),
          };
        })
      : [],
  );
}
