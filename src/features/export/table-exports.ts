/**
 * Tables shown on the page as CSV and XLSX: the cluster metrics (members and every metric), the
 * overlaps (every measure) and the import report. CSV through toCsv (formula-neutralised; a
 * decimal comma in bokmål, as Norwegian Excel reads numbers), XLSX through tablesToXlsx (typed
 * cells, text always a string cell, never a formula). Headers in the UI language.
 */
import { analysisTables } from '../../domain/export/analysis-tables';
import { toCsv } from '../../domain/export/csv-cells';
import { type ExportTable, tableRows } from '../../domain/export/table';
import { importReportTable } from '../../domain/report/import-report-rows';
import type { MessageKey } from '../../ui/i18n/nb';
import type { ExportContext, ExportDescriptor } from '../shared/export-types';

const CSV_MIME = 'text/csv;charset=utf-8';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tableById = (context: ExportContext, id: string): ExportTable => {
  const table = analysisTables(context.data.analysis, context.language).find((t) => t.id === id);
  if (!table) throw new Error(`table-exports: the analysis has no table "${id}"`);
  return table;
};

/** Cluster metrics with the member count beside them, as the metrics table shows them. */
export function metricsTable(context: ExportContext): ExportTable {
  const metrics = tableById(context, 'cluster-metrics');
  const clusters = tableById(context, 'clusters');
  const members = new Map(clusters.rows.map((r) => [r[0], r[1]]));
  return {
    ...metrics,
    header: [metrics.header[0]!, clusters.header[1]!, ...metrics.header.slice(1)],
    rows: metrics.rows.map((r) => [r[0]!, members.get(r[0]!) ?? null, ...r.slice(1)]),
  };
}

export function importReportExportTable({ data, language }: ExportContext): ExportTable {
  const [header, ...rows] = importReportTable(data.dataset, language);
  return {
    id: 'import-report',
    title: language === 'nb' ? 'Importrapport' : 'Import report',
    header: header!.map(String),
    rows,
  };
}

function tableExports<const C extends string, const X extends string>(
  ids: readonly [C, X],
  key: 'metrics' | 'overlaps',
  table: (context: ExportContext) => ExportTable,
): readonly [ExportDescriptor<C>, ExportDescriptor<X>] {
  return [
    {
      id: ids[0],
      labelKey: `export.${key}.csv` as MessageKey,
      fileNameKey: `export.${key}.file` as MessageKey,
      extension: 'csv',
      mime: CSV_MIME,
      scope: 'table',
      produce: (context) =>
        new Blob(
          [toCsv(tableRows(table(context)), ';', { decimalComma: context.language === 'nb' })],
          {
            type: CSV_MIME,
          },
        ),
    },
    {
      id: ids[1],
      labelKey: `export.${key}.xlsx` as MessageKey,
      fileNameKey: `export.${key}.file` as MessageKey,
      extension: 'xlsx',
      mime: XLSX_MIME,
      scope: 'table',
      produce: (context) => xlsxBlob([table(context)]),
    },
  ];
}

/** SheetJS is fetched when an XLSX is first asked for, not with the page. */
async function xlsxBlob(tables: readonly ExportTable[]): Promise<Blob> {
  const { tablesToXlsx } = await import('../../io/write-xlsx');
  return new Blob([tablesToXlsx(tables) as BlobPart], { type: XLSX_MIME });
}

export const TABLE_EXPORTS = [
  ...tableExports(['metrics-csv', 'metrics-xlsx'], 'metrics', metricsTable),
  ...tableExports(['overlaps-csv', 'overlaps-xlsx'], 'overlaps', (c) => tableById(c, 'overlaps')),
  {
    id: 'import-report-xlsx',
    labelKey: 'export.report.xlsx',
    fileNameKey: 'report.fileBase',
    extension: 'xlsx',
    mime: XLSX_MIME,
    scope: 'table',
    produce: (context) => xlsxBlob([importReportExportTable(context)]),
  } satisfies ExportDescriptor<'import-report-xlsx'>,
] as const;
