/**
 * Export descriptors for tables a view computes: one producer of ExportTables, delivered as CSV
 * (`;`, decimal comma in bokmål; the first table) or as an XLSX workbook (one sheet per table;
 * the spreadsheet writer is loaded only when asked for).
 */
import { toCsv } from '../../domain/export/csv-cells';
import { type ExportTable, tableRows } from '../../domain/export/table';
import type { MessageKey } from '../../ui/i18n/nb';
import type { ExportContext, ExportDescriptor } from './export-types';

type Produce = (context: ExportContext) => Promise<readonly ExportTable[]>;

export function csvExport<Id extends string>(
  id: Id,
  labelKey: MessageKey,
  fileNameKey: MessageKey,
  produce: Produce,
): ExportDescriptor<Id> {
  return {
    id,
    labelKey,
    fileNameKey,
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    scope: 'view',
    produce: async (context) => {
      const [first] = await produce(context);
      const text = first
        ? toCsv(tableRows(first), ';', { decimalComma: context.language === 'nb' })
        : '';
      return new Blob([text], { type: 'text/csv;charset=utf-8' });
    },
  };
}

export function xlsxExport<Id extends string>(
  id: Id,
  labelKey: MessageKey,
  fileNameKey: MessageKey,
  produce: Produce,
): ExportDescriptor<Id> {
  const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return {
    id,
    labelKey,
    fileNameKey,
    extension: 'xlsx',
    mime,
    scope: 'view',
    produce: async (context) => {
      const [tables, { tablesToXlsx }] = await Promise.all([
        produce(context),
        import('../../io/write-xlsx'),
      ]);
      return new Blob([tablesToXlsx(tables) as BlobPart], { type: mime });
    },
  };
}
