/**
 * The import report of the open workspace: per file and sheet the encoding used, rows read,
 * imported, merged, rejected and skipped, each row expandable to the rows behind the numbers;
 * totals that add up; files refused whole with their reasons; the CSV download.
 */
import { Fragment, useMemo, useState } from 'react';
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { useMessage } from '../../ui/i18n/use-message';
import { ReportDetails } from './ReportDetails';
import { ReportDownload } from './ReportDownload';
import { reportModel } from './report-model';

const COLUMNS = ['rowsRead', 'imported', 'merged', 'rejected'] as const;

export function ImportReport() {
  const t = useT();
  const text = useMessage();
  const dataset = useAppState((s) => s.data?.dataset);
  const reads = useAppState((s) => s.data?.reads);
  const model = useMemo(() => (dataset ? reportModel(dataset) : null), [dataset]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (!dataset || !model) return null;
  const toggle = (key: string) =>
    setOpen((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const notes = (reads ?? []).flatMap((r) => r.notes.map((n) => `${r.file}: ${text(n)}`));
  const { totals } = model;
  return (
    <section className="import-report" data-testid="import-report" aria-labelledby="report-title">
      <header className="panel-header">
        <h3 id="report-title">{t('report.title')}</h3>
        <ReportDownload />
      </header>
      <p data-testid="report-balance">
        {t('report.balance', {
          rows: formatInteger(totals.rowsRead),
          imported: formatInteger(totals.imported),
          merged: formatInteger(totals.merged),
          rejected: formatInteger(totals.rejected),
          skipped: formatInteger(totals.skipped),
        })}
      </p>
      {model.entries.length > 0 ? (
        <div className="scroll-x">
          <table className="table compact report-table">
            <thead>
              <tr>
                <th scope="col">{t('report.file')}</th>
                <th scope="col">{t('report.encoding')}</th>
                <th scope="col">{t('report.rows')}</th>
                <th scope="col">{t('report.imported')}</th>
                <th scope="col">{t('report.merged')}</th>
                <th scope="col">{t('report.rejected')}</th>
                <th scope="col">{t('report.skipped')}</th>
              </tr>
            </thead>
            <tbody>
              {model.entries.map((entry) => {
                const name = entry.sheet ? `${entry.file} (${entry.sheet})` : entry.file;
                const expanded = open.has(entry.key);
                const hasDetails =
                  entry.merges.length +
                    entry.rejections.length +
                    entry.skipped.length +
                    entry.warnings.length >
                  0;
                return (
                  <Fragment key={entry.key}>
                    <tr data-testid="report-row" data-file={entry.file}>
                      <th scope="row">
                        {hasDetails ? (
                          <button
                            type="button"
                            className="link"
                            aria-expanded={expanded}
                            aria-label={t('report.details', { name })}
                            onClick={() => toggle(entry.key)}
                          >
                            {expanded ? '▾' : '▸'} {name}
                          </button>
                        ) : (
                          name
                        )}
                      </th>
                      <td>{entry.encoding ?? ''}</td>
                      {COLUMNS.map((c) => (
                        <td key={c} className="num" data-column={c}>
                          {formatInteger(entry[c])}
                        </td>
                      ))}
                      <td className="num" data-column="skipped">
                        {formatInteger(entry.skipped.length)}
                      </td>
                    </tr>
                    {expanded ? (
                      <tr className="report-expanded">
                        <td colSpan={7}>
                          <ReportDetails entry={entry} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
            <tfoot>
              <tr data-testid="report-totals">
                <th scope="row">{t('report.total')}</th>
                <td />
                <td className="num">{formatInteger(totals.rowsRead)}</td>
                <td className="num">{formatInteger(totals.imported)}</td>
                <td className="num">{formatInteger(totals.merged)}</td>
                <td className="num">{formatInteger(totals.rejected)}</td>
                <td className="num">{formatInteger(totals.skipped)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {model.badFiles.length > 0 ? (
        <div className="bad-files" data-testid="bad-files">
          <h4>{t('report.badFiles', { count: formatInteger(model.badFiles.length) })}</h4>
          <ul className="plain-list">
            {model.badFiles.map((f) => (
              <li key={f.file}>{`${f.file}: ${text(f.reason)}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <details>
          <summary>{t('report.notes')}</summary>
          <ul className="plain-list">
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
