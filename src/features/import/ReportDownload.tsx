/**
 * "Last ned rapport (CSV)": the import report's entry in the export registry
 * (features/export/import-report-csv.ts), as a button beside the report.
 */
import { ExportButton } from '../export/ExportButton';

export function ReportDownload() {
  return <ExportButton id="import-report-csv" />;
}
