/**
 * The cluster profile, by page id: its name (marked when inferred), member count, member types,
 * members per county, its strongest overlaps by the map's chosen measure (each a button selecting
 * that pair), its network metrics (every registry metric the model holds for clusters), and the
 * searchable member list with the number of clusters each member is in, filterable to 2+ or 3+.
 * Everything comes from the page model's indexes; names from displayName.
 */
import { useMemo } from 'react';
import { OVERLAP_MEASURE_BY_ID } from '../../domain/graph/overlap-measures';
import type { MemberType } from '../../domain/membership/types';
import type { PageClusterId, PageCountyId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { settingsOf } from '../../state/map-settings';
import { orgIndexOf } from '../../state/org-index';
import { actions, useAppState } from '../../state/store';
import { BarList } from '../../ui/BarList';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { ClusterName } from '../shared/ClusterName';
import { ClusterMetrics } from './ClusterMetrics';
import { MemberList } from './MemberList';
import { focusDetailsNext } from '../shared/details-focus';

/** The strongest overlaps listed; the rest are a click away on the map. */
const STRONGEST = 10;
const TYPES: readonly (MemberType | 'unknown')[] = [
  'startup',
  'established',
  'public',
  'research',
  'investor',
  'unknown',
];

export function ClusterDetails({ id }: { id: PageClusterId }) {
  const t = useT();
  const lang = useLang();
  const f = useNumberFormats();
  const data = useAppState((s) => s.data);
  const model = data?.model;
  const measure = useAppState((s) => settingsOf(s).measure);
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
        valueText: f.integer(value),
      }));
  }, [model, members, displayName, f]);
  const types = useMemo(() => {
    if (!data) return [];
    const records = orgIndexOf(data.dataset).byId;
    const counts = new Map<MemberType | 'unknown', number>();
    for (const org of members) {
      const type = records.get(data.model.internalOrg.get(org)!)?.type ?? 'unknown';
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    return TYPES.filter((k) => counts.has(k)).map((k) => ({
      key: k,
      label: t(`profile.type.${k}`),
      value: counts.get(k)!,
      valueText: f.integer(counts.get(k)!),
    }));
  }, [data, members, t, f]);
  const overlaps = useMemo(
    () =>
      (model?.overlaps ?? [])
        .filter((o) => (o.a === id || o.b === id) && o.shared > 0)
        .map((o) => {
          const other = o.a === id ? o.b : o.a;
          return { other, name: displayName('cluster', other), value: o[measure] };
        })
        .sort((x, y) => y.value - x.value || x.name.localeCompare(y.name, 'nb'))
        .slice(0, STRONGEST),
    [model, id, displayName, measure],
  );
  const cluster = model?.clusters.get(id);
  if (!cluster) return null;
  const name = displayName('cluster', id);
  const formatValue = (v: number) =>
    measure === 'shared' ? f.integer(v) : f.decimal(v, measure === 'lift' ? 2 : 3);

  return (
    <div className="details" data-testid="cluster-details">
      <h3 className="details-title">
        <ClusterName name={name} />
      </h3>
      <p className="details-figure">
        <span className="big">{f.integer(cluster.members)}</span>{' '}
        {t('details.members').toLowerCase()}
      </p>
      {types.length > 0 ? (
        <>
          <h4>{t('profile.types')}</h4>
          <BarList items={types} label={t('profile.types')} />
        </>
      ) : null}
      <h4>{t('details.counties')}</h4>
      <BarList items={counties} label={t('details.counties')} />
      <h4>
        {t('profile.strongest', { measure: OVERLAP_MEASURE_BY_ID.get(measure)!.label[lang] })}
      </h4>
      {overlaps.length === 0 ? (
        <p className="muted">{t('details.noOverlaps')}</p>
      ) : (
        <ul className="chip-list" data-testid="cluster-strongest">
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
                {o.name} <span className="chip-count">{formatValue(o.value)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ClusterMetrics id={id} name={name} />
      <h4>{t('details.members')}</h4>
      <MemberList members={members} label={t('details.members')} clusterFilter />
    </div>
  );
}
