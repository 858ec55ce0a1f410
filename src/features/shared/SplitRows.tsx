/**
 * The rows an organisation came from (file, row, the name as written there), each with "split
 * out" to make that row an organisation of its own. Shown in the member lists for organisations
 * built from two or more rows; closed by default so the list stays one line per organisation.
 */
import type { RecognitionDecision } from '../../domain/membership/decisions';
import type { Organisation } from '../../domain/membership/types';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import './split-rows.css';

export function SplitRows(props: {
  org: Organisation;
  busy: boolean;
  onSplit: (decision: RecognitionDecision) => void;
}) {
  const t = useT();
  const { org } = props;
  if (org.sources.length < 2) return null;
  return (
    <details className="split-rows" data-testid="split-rows">
      <summary>{t('split.rows', { n: formatInteger(org.sources.length) })}</summary>
      <ul className="split-list">
        {org.sources.map((source, i) => {
          const file = source.sheet ? `${source.file} (${source.sheet})` : source.file;
          const written = org.sourceNames?.[i] ?? '';
          return (
            <li key={`${file}:${source.row}`} className="split-row">
              <span>
                {file}, {t('split.row').toLowerCase()} {formatInteger(source.row)}:{' '}
                {written === '' ? <span className="muted">{t('split.noName')}</span> : written}
              </span>
              <button
                type="button"
                className="button subtle"
                disabled={props.busy}
                aria-label={t('split.buttonLabel', { row: source.row, file })}
                onClick={() => props.onSplit({ kind: 'split', source })}
              >
                {t('split.button')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
