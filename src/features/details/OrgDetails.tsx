/**
 * One organisation, by page id: its name, number and county, and the clusters it is in (each a
 * button selecting that cluster). Splitting an organisation that was merged by mistake is here,
 * behind a labelled disclosure, not in any member list: a list is for reading, and the split
 * changes the data.
 */
import type { PageOrgId } from '../../domain/page/ids';
import { formatOrgNumber } from '../../domain/membership/org-number';
import { useDisplayName, useOrgNumber } from '../../state/display-name';
import { orgIndexOf } from '../../state/org-index';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { ClusterName } from '../shared/ClusterName';
import { placeLabel } from '../shared/place-label';
import { SplitOut } from '../shared/SplitOut';

export function OrgDetails({ id }: { id: PageOrgId }) {
  const t = useT();
  const f = useNumberFormats();
  const data = useAppState((s) => s.data);
  const anonymised = useAppState((s) => s.anonymised);
  const displayName = useDisplayName();
  const orgNumber = useOrgNumber();
  const entry = data?.model.organisations.get(id);
  if (!data || !entry) return null;
  const clusters = data.model.clustersOf.get(id) ?? [];
  const record = anonymised
    ? undefined
    : orgIndexOf(data.dataset).byId.get(data.model.internalOrg.get(id)!);
  const digits = orgNumber(id);
  return (
    <div className="details" data-testid="org-details">
      <h3 className="details-title">{displayName('organisation', id)}</h3>
      <p className="muted">
        {[digits ? formatOrgNumber(digits) : '', placeLabel(entry.placement, t)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <h4>{t('org.clusters', { n: f.integer(clusters.length) })}</h4>
      <ul className="chip-list" data-testid="org-clusters">
        {clusters.map((c) => (
          <li key={c}>
            <button
              type="button"
              className="chip"
              onClick={() => actions.select({ kind: 'cluster', id: c })}
            >
              <ClusterName name={displayName('cluster', c)} />
            </button>
          </li>
        ))}
      </ul>
      {record && record.sources.length > 1 ? (
        <details className="org-fix" data-testid="org-fix">
          <summary>{t('profile.fix')}</summary>
          <p className="muted">{t('profile.fixHint')}</p>
          <SplitOut org={record} />
        </details>
      ) : null}
    </div>
  );
}
