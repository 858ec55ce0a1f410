/** The overlap of two clusters: both names, shared count, Jaccard, overlap coefficient, the list. */
import { useMemo } from 'react';
import { sharedMembers } from '../../domain/analysis/queries';
import { actions, useAppState } from '../../state/store';
import { formatDecimal, formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { ClusterName } from '../default-data/ClusterName';
import { MemberList } from './MemberList';

export function OverlapDetails({ a, b }: { a: string; b: string }) {
  const t = useT();
  const data = useAppState((s) => s.data);
  const overlap = data?.analysis.overlaps.find((o) => o.a === a && o.b === b);
  const members = useMemo(() => (data ? sharedMembers(data.dataset, a, b) : []), [data, a, b]);
  if (!overlap) return null;
  return (
    <div className="details" data-testid="overlap-details">
      <h3 className="details-title">
        <button type="button" className="link" onClick={() => actions.selectCluster(a)}>
          <ClusterName name={a} />
        </button>
        <span aria-hidden="true"> ↔ </span>
        <button type="button" className="link" onClick={() => actions.selectCluster(b)}>
          <ClusterName name={b} />
        </button>
      </h3>
      <dl className="details-numbers">
        <div>
          <dt>{t('details.shared')}</dt>
          <dd data-testid="overlap-shared">{formatInteger(overlap.shared)}</dd>
        </div>
        <div>
          <dt>{t('details.jaccard')}</dt>
          <dd>{formatDecimal(overlap.jaccard, 3)}</dd>
        </div>
        <div>
          <dt>{t('details.overlapCoefficient')}</dt>
          <dd>{formatDecimal(overlap.overlapCoefficient, 3)}</dd>
        </div>
      </dl>
      <h4>{t('details.sharedMembers')}</h4>
      <MemberList members={members} label={t('details.sharedMembers')} />
    </div>
  );
}
