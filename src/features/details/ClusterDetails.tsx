/**
 * One cluster: its name (marked when inferred), member count, members per county, the clusters it
 * shares members with (each a button selecting that overlap), and the searchable member list.
 */
import { useMemo } from 'react';
import { membersOfCluster } from '../../domain/analysis/queries';
import { actions, useAppState } from '../../state/store';
import { BarList } from '../../ui/BarList';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { ClusterName } from '../default-data/ClusterName';
import { MemberList } from './MemberList';
import { countyKeyLabel } from './place-label';

export function ClusterDetails({ name }: { name: string }) {
  const t = useT();
  const data = useAppState((s) => s.data);
  const summary = data?.analysis.clusters.find((c) => c.name === name);
  const members = useMemo(() => (data ? membersOfCluster(data.dataset, name) : []), [data, name]);
  const overlaps = useMemo(
    () =>
      (data?.analysis.overlaps ?? [])
        .filter((o) => (o.a === name || o.b === name) && o.shared > 0)
        .map((o) => ({ other: o.a === name ? o.b : o.a, shared: o.shared }))
        .sort((x, y) => y.shared - x.shared || x.other.localeCompare(y.other)),
    [data, name],
  );
  if (!summary) return null;

  const counties = Object.entries(summary.counties)
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
    .map(([key, value]) => ({
      key,
      label: countyKeyLabel(key, t),
      value,
      valueText: formatInteger(value),
    }));

  return (
    <div className="details" data-testid="cluster-details">
      <h3 className="details-title">
        <ClusterName name={name} />
      </h3>
      <p className="details-figure">
        <span className="big">{formatInteger(summary.members)}</span>{' '}
        {t('details.members').toLowerCase()}
      </p>
      <h4>{t('details.counties')}</h4>
      <BarList items={counties} label={t('details.counties')} />
      <h4>{t('details.overlaps')}</h4>
      {overlaps.length === 0 ? (
        <p className="muted">{t('details.noOverlaps')}</p>
      ) : (
        <ul className="chip-list">
          {overlaps.map((o) => (
            <li key={o.other}>
              <button
                type="button"
                className="chip"
                onClick={() => actions.selectOverlap(name, o.other)}
              >
                {o.other} <span className="chip-count">{formatInteger(o.shared)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('details.members')}</h4>
      <MemberList members={members} label={t('details.members')} />
    </div>
  );
}
