/**
 * "Last ned rapport (CSV)": the import report, one line per input row, as a formula-safe CSV
 * (names from files can never run as spreadsheet formulas), made in the page as a Blob. Reasons
 * are given in the UI language; organisation names stay as written.
 */
import { toCsv } from '../../domain/export/csv-cells';
import type { Dataset } from '../../domain/membership/types';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { localisedReport } from './report-csv';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a while after the click: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportDownload({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  return (
    <button
      type="button"
      className="button"
      onClick={() => download(toCsv(localisedReport(dataset, lang)), t('report.fileName'))}
    >
      {t('report.download')}
    </button>
  );
}
