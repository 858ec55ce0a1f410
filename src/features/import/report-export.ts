/**
 * The import report as CSV: one line per input row, formula-safe (names from files can never run
 * as spreadsheet formulas). Reasons in the UI language; organisation names stay as written.
 */
import { toCsv } from '../../domain/export/csv-cells';
import type { ExportDescriptor } from '../shared/export-types';
import { localisedReport } from './report-csv';

export const importReportCsv = {
  id: 'import-report-csv',
  labelKey: 'report.download',
  fileNameKey: 'report.fileBase',
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  scope: 'table',
  produce: ({ data, language }) =>
    new Blob([toCsv(localisedReport(data.dataset, language))], { type: 'text/csv;charset=utf-8' }),
} as const satisfies ExportDescriptor<'import-report-csv'>;
