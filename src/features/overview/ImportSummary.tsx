/**
 * What the import did with every row: read, imported, merged into an organisation already seen,
 * rejected (with file, row and reason), per file, and remarks on rows that were kept.
 */
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { useMessage } from '../../ui/i18n/use-message';
import { LIST_LIMIT, RejectionList } from '../shared/RejectionList';

export function ImportSummary() {
  const t = useT();
  const text = useMessage();
  const report = useAppState((s) => s.data?.dataset.report);
  if (!report) return null;
  const numbers = [
    ['import.rows', report.rows],
    ['import.imported', report.imported],
    ['import.merged', report.merged],
    ['import.rejected', report.rejected.length],
  ] as const;
  return (
    <div className="import-summary" data-testid="import-summary">
      <h3>{t('import.title')}</h3>
      <dl className="import-numbers">
        {numbers.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{formatInteger(value)}</dd>
          </div>
        ))}
      </dl>
      {report.rejected.length > 0 ? (
        <details open={report.rejected.length <= 5}>
          <summary>
            {t('import.rejectedList', { count: formatInteger(report.rejected.length) })}
          </summary>
          <RejectionList rejected={report.rejected} />
        </details>
      ) : null}
      {report.warnings.length > 0 ? (
        <details>
          <summary>
            {t('import.warnings', { count: formatInteger(report.warnings.length) })}
          </summary>
          <ul className="plain-list">
            {report.warnings.slice(0, LIST_LIMIT).map((w, i) => (
              <li key={i}>
                {w.source.file}, {t('import.row').toLowerCase()} {formatInteger(w.source.row)}:{' '}
                {text(w.message)}
              </li>
            ))}
            {report.warnings.length > LIST_LIMIT ? (
              <li className="muted">
                {t('import.more', { count: formatInteger(report.warnings.length - LIST_LIMIT) })}
              </li>
            ) : null}
          </ul>
        </details>
      ) : null}
      <details>
        <summary>{t('import.files', { count: formatInteger(report.files.length) })}</summary>
        <ul className="plain-list">
          {report.files.map((f, i) => (
            <li key={i}>
              {f.sheet ? `${f.file} (${f.sheet})` : f.file}:{' '}
              {t('import.rowsInFile', { rows: formatInteger(f.rowsRead) })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
