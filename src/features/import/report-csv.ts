/**
 * The import report as CSV rows in the UI language: importReportTable() with the reasons of
 * rejected and skipped rows, and the remarks on imported rows, translated (organisation names stay as written).
 */
import type { Dataset } from '../../domain/membership/types';
import { importReportRows, importReportTable } from '../../domain/report/import-report-rows';
import type { Language } from '../../ui/i18n/language';
import { reasonText } from './reason-text';

type Table = ReturnType<typeof importReportTable>;

export function localisedReport(dataset: Dataset, lang: Language): Table {
  const [header, ...lines] = importReportTable(dataset, lang);
  // The table has one line per report row, in the same order.
  const rows = importReportRows(dataset);
  return [
    header!,
    ...lines.map((line, i) => {
      const row = rows[i]!;
      const note =
        row.note === ''
          ? ''
          : row.note
              .split('; ')
              .map((n) => reasonText(n, lang, row.file))
              .join('; ');
      if (row.outcome !== 'rejected' && row.outcome !== 'skipped')
        return [...line.slice(0, 5), note];
      return [...line.slice(0, 4), reasonText(row.detail, lang, row.file), note];
    }),
  ];
}
