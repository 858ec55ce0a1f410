/**
 * The overlap of two clusters, by page id: both names, shared count, Jaccard, overlap
 * coefficient and the shared members (from the model's indexes, on demand).
 */
import { useMemo } from 'react';
import type { PageClusterId } from '../../domain/page/ids';
import { findOverlap, sharedMembers } from '../../domain/page/model';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { ClusterName } from '../shared/ClusterName';
import { MemberList } from './MemberList';

export function OverlapDetails({ a, b }: { a: PageClusterId; b: PageClusterId }) {
  const t = useT();
  const model = useAppState((s) => s.data?.model);
  const displayName = useDisplayName();
  const { integer: formatInteger, decimal: formatDecimal } = useNumberFormats();
  const overlap = model ? findOverlap(model, a, b) : undefined;
  const members = useMemo(() => (model ? sharedMembers(model, a, b) : []), [model, a, b]);
  if (!overlap) return null;
  // The analysis' order (first in the data first), whichever end was clicked.
  const ends = [overlap.a, overlap.b] as const;
  return (
    <div className="details" data-testid="overlap-details">
      <h3 className="details-title">
        {ends.map((id, i) => (
          <span key={id}>
            {i === 1 ? <span aria-hidden="true"> ↔ </span> : null}
            <button
              type="button"
              className="link"
              onClick={() => actions.select({ kind: 'cluster', id })}
            >
              <ClusterName name={displayName('cluster', id)} />
            </button>
          </span>
        ))}
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
        <div>
          <dt>{t('overlap.measureShort.lift')}</dt>
          <dd data-testid="overlap-lift">{formatDecimal(overlap.lift, 2)}</dd>
        </div>
      </dl>
      <h4>{t('details.sharedMembers')}</h4>
      <MemberList members={members} label={t('details.sharedMembers')} />
    </div>
  );
}
