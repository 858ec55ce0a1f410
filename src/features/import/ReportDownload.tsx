/**
 * "Last ned rapport (CSV)": the import report's entry in the export registry
 * (features/import/report-export.ts), as a button beside the report.
 */
import { ExportButton } from '../shared/ExportButton';

export function ReportDownload() {
  return <ExportButton id="import-report-csv" />;
}
