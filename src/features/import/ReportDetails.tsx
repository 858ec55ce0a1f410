/**
 * The rows behind one table's counts: merged (into which organisation, and why), rejected,
 * imported with a remark (a flagged number), skipped.
 */
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { LIST_LIMIT } from '../shared/RejectionList';
import { useMessage } from '../../ui/i18n/use-message';
import type { ReportEntry } from './report-model';

function Capped<T>({ items, render }: { items: readonly T[]; render: (item: T) => string }) {
  const t = useT();
  return (
    <ul className="plain-list">
      {items.slice(0, LIST_LIMIT).map((item, i) => (
        <li key={i}>{render(item)}</li>
      ))}
      {items.length > LIST_LIMIT ? (
        <li className="muted">
          {t('import.more', { count: formatInteger(items.length - LIST_LIMIT) })}
        </li>
      ) : null}
    </ul>
  );
}

export function ReportDetails({ entry }: { entry: ReportEntry }) {
  const t = useT();
  const text = useMessage();
  return (
    <div className="report-details">
      {entry.merges.length > 0 ? (
        <section data-testid="report-merges">
          <h4>{t('report.merged')}</h4>
          <Capped
            items={entry.merges}
            render={(m) =>
              `${t('report.mergedInto', { row: formatInteger(m.row), name: m.into })} (${t(`report.by.${m.by}`)})`
            }
          />
        </section>
      ) : null}
      {entry.rejections.length > 0 ? (
        <section data-testid="report-rejections">
          <h4>{t('report.rejected')}</h4>
          <Capped
            items={entry.rejections}
            render={(r) =>
              t('report.rejectedRow', {
                row: formatInteger(r.row),
                reason: text(r.reason),
              })
            }
          />
        </section>
      ) : null}
      {entry.warnings.length > 0 ? (
        <section data-testid="report-warnings">
          <h4>{t('report.warnings')}</h4>
          <Capped
            items={entry.warnings}
            render={(w) =>
              t('report.rejectedRow', {
                row: formatInteger(w.row),
                reason: text(w.reason),
              })
            }
          />
        </section>
      ) : null}
      {entry.skipped.length > 0 ? (
        <section data-testid="report-skipped">
          <h4>{t('report.skipped')}</h4>
          <Capped
            items={entry.skipped}
            render={(s) =>
              t('report.skippedRow', {
                row: formatInteger(s.row),
                reason: text(s.reason),
              })
            }
          />
        </section>
      ) : null}
    </div>
  );
}
