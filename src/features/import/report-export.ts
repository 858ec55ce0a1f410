/**
 * The import report as CSV: one line per input row, formula-safe (names from files can never run
 * as spreadsheet formulas). Reasons in the UI language; organisation names stay as written.
 */
import { toCsv } from '../../domain/export/csv-cells';
import type { ExportDescriptor } from '../shared/export-types';
import { localisedReport } from './report-csv';
import type { OrgId } from '../../domain/membership/types';

const HIDDEN = { nb: '(skjult)', en: '(hidden)' } as const;

export const importReportCsv = {
  id: 'import-report-csv',
  labelKey: 'report.download',
  fileNameKey: 'report.fileBase',
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  scope: 'table',
  produce: ({ data, language, anonymised, displayName }) => {
    // Anonymised: organisations by pseudonym, quoted cell values hidden (report-csv.ts).
    const anonymous =
      anonymised && displayName
        ? {
            orgName: (id: OrgId) => {
              const page = data.model.orgPageId.get(id);
              return page ? displayName('organisation', page) : '';
            },
            hidden: HIDDEN[language],
          }
        : undefined;
    return new Blob([toCsv(localisedReport(data.dataset, language, anonymous))], {
      type: 'text/csv;charset=utf-8',
    });
  },
} as const satisfies ExportDescriptor<'import-report-csv'>;
