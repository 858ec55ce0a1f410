/**
 * The import report as CSV rows in the UI language: importReportTable() renders the reasons of
 * rejected and skipped rows and each remark on imported rows with the message dictionary
 * (organisation names stay as written).
 */
import type { Dataset, OrgId } from '../../domain/membership/types';
import { importReportTable } from '../../domain/report/import-report-rows';
import type { Language } from '../../ui/i18n/language';

type Table = ReturnType<typeof importReportTable>;

export function localisedReport(
  dataset: Dataset,
  lang: Language,
  anonymous?: { readonly orgName: (id: OrgId) => string; readonly hidden: string },
): Table {
  return importReportTable(dataset, lang, anonymous ? { anonymous } : {});
}
