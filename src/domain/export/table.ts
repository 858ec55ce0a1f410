/**
 * A table as the exporters see it: a title, column headers and rows of plain cells (text,
 * numbers or empty), in one language. CSV (csv-cells.ts) and XLSX (io/write-xlsx.ts) write the
 * same tables; a workbook holds one sheet per table.
 */
export type Cell = string | number | null;

export interface ExportTable {
  /** File-name stem and sheet name, e.g. "organisations". */
  readonly id: string;
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Header row first, then the rows: the shape toCsv() takes. */
export const tableRows = (table: ExportTable): readonly (readonly Cell[])[] => [
  table.header,
  ...table.rows,
];
