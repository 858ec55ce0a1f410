/**
 * Around a view that works on the names in the user's files (the import previews, duplicates,
 * placing by hand): anonymised, it shows what the view is about in counts, with the view's
 * exports (which anonymise themselves), instead of the names. Off, the view as it is.
 */
import type { ReactNode } from 'react';
import type { ExportId } from '../shared/export-registry';
import { ExportButton } from '../shared/ExportButton';
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import './anonymise.css';

export function NamesWithheld(props: {
  readonly title: string;
  readonly exports?: readonly ExportId[];
  readonly children: ReactNode;
}) {
  const t = useT();
  const anonymised = useAppState((s) => s.anonymised);
  const model = useAppState((s) => s.data?.model ?? null);
  if (!anonymised) return <>{props.children}</>;
  return (
    <Panel title={props.title} className="names-withheld">
      <p data-testid="names-withheld">{t('anon.withheld')}</p>
      {model ? (
        <p className="muted">
          {t('anon.withheldCounts', {
            organisations: formatInteger(model.organisations.size),
            clusters: formatInteger(model.clusters.size),
          })}
        </p>
      ) : null}
      {props.exports && props.exports.length > 0 ? (
        <div className="button-row">
          {props.exports.map((id) => (
            <ExportButton key={id} id={id} />
          ))}
        </div>
      ) : null}
    </Panel>
  );
}
