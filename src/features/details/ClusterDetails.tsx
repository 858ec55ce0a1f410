/**
 * One cluster, by page id: its name (marked when inferred), member count, members per county,
 * the clusters it shares members with (each a button selecting that pair), and the searchable
 * member list. Everything comes from the page model's indexes; names from displayName.
 */
import { useMemo } from 'react';
import type { PageClusterId, PageCountyId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { BarList } from '../../ui/BarList';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { ClusterName } from '../shared/ClusterName';
import { MemberList } from './MemberList';
import { focusDetailsNext } from '../shared/details-focus';

export function ClusterDetails({ id }: { id: PageClusterId }) {
  const t = useT();
  const model = useAppState((s) => s.data?.model);
  const displayName = useDisplayName();
  const members = useMemo(() => model?.membersOf.get(id) ?? [], [model, id]);
  const counties = useMemo(() => {
    if (!model) return [];
    const counts = new Map<PageCountyId, number>();
    for (const org of members) {
      const county = model.organisations.get(org)!.county;
      counts.set(county, (counts.get(county) ?? 0) + 1);
    }
    // The model's county order (number order, then abroad, unknown) breaks ties.
    const order = [...model.counties.keys()];
    return [...counts]
      .sort(([ka, a], [kb, b]) => b - a || order.indexOf(ka) - order.indexOf(kb))
      .map(([key, value]) => ({
        key,
        label: displayName('county', key),
        value,
        valueText: formatInteger(value),
      }));
  }, [model, members, displayName]);
  const overlaps = useMemo(
    () =>
      (model?.overlaps ?? [])
        .filter((o) => (o.a === id || o.b === id) && o.shared > 0)
        .map((o) => {
          const other = o.a === id ? o.b : o.a;
          return { other, name: displayName('cluster', other), shared: o.shared };
        })
        .sort((x, y) => y.shared - x.shared || x.name.localeCompare(y.name, 'nb')),
    [model, id, displayName],
  );
  const cluster = model?.clusters.get(id);
  if (!cluster) return null;
  const name = displayName('cluster', id);

  return (
    <div className="details" data-testid="cluster-details">
      <h3 className="details-title">
        <ClusterName name={name} />
      </h3>
      <p className="details-figure">
        <span className="big">{formatInteger(cluster.members)}</span>{' '}
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
                onClick={() => {
                  focusDetailsNext();
                  actions.select({ kind: 'cluster-pair', a: id, b: o.other });
                }}
              >
                {o.name} <span className="chip-count">{formatInteger(o.shared)}</span>
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
