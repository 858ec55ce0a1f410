/* Small builders for SourceTables in tests: header + rows as arrays, row numbers from 2. */
import type { FileRead, SourceTable } from '../../../src/domain/membership/table';

export function table(
  file: string,
  header: string[],
  rows: string[][],
  sheet?: string,
): SourceTable {
  return {
    file,
    headerRow: 1,
    header,
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
    skipped: [],
    ...(sheet ? { sheet } : {}),
  };
}

export function read(...tables: SourceTable[]): FileRead {
  return { file: tables[0]!.file, ok: true, tables, notes: [] };
}
