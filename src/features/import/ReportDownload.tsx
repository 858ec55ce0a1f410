/**
 * "Last ned rapport (CSV)" and its XLSX twin: the import report's entries in the export registry
 * (features/import/report-export.ts, features/export/table-exports.ts), beside the report.
 */
import { ExportButton } from '../shared/ExportButton';

export function ReportDownload() {
  return (
    <span className="export-buttons">
      <ExportButton id="import-report-csv" />
      <ExportButton id="import-report-xlsx" />
    </span>
  );
}
