/**
 * One possible duplicate: how alike and why, both organisations side by side (name, number, place,
 * clusters) and the two choices. Presentational: the choices are callbacks.
 */
import { formatOrgNumber } from '../../domain/membership/org-number';
import { formatDecimal } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { placeLabel } from '../shared/place-label';
import type { ProposalSide, ProposalView } from '../shared/proposal-views';

function Side({ side }: { side: ProposalSide }) {
  const t = useT();
  const { org } = side;
  return (
    <div className="proposal-side">
      <strong className="proposal-name">{org.name}</strong>
      <span className="muted nowrap">
        {org.orgNumber ? formatOrgNumber(org.orgNumber) : t('review.noNumber')}
      </span>
      <span>{placeLabel(org.placement, t)}</span>
      <span className="muted">{t('review.clusters', { clusters: side.clusters.join(', ') })}</span>
    </div>
  );
}

export function ProposalCard(props: {
  view: ProposalView;
  busy: boolean;
  onMerge: (view: ProposalView) => void;
  onKeepApart: (view: ProposalView) => void;
}) {
  const t = useT();
  const { view } = props;
  const { score, reason } = view.proposal;
  return (
    <li
      className="proposal"
      data-testid="proposal"
      aria-label={t('review.pairLabel', { a: view.a.org.name, b: view.b.org.name })}
    >
      <div className="proposal-head">
        <span className="proposal-score" data-score={score}>
          {t('review.score', { score: formatDecimal(score, 2) })}
        </span>
        <span className="proposal-reason">{t(`review.reason.${reason}`)}</span>
      </div>
      <div className="proposal-pair">
        <Side side={view.a} />
        <Side side={view.b} />
      </div>
      <div className="proposal-actions">
        <button
          type="button"
          className="button primary"
          disabled={props.busy}
          onClick={() => props.onMerge(view)}
        >
          {t('review.merge')}
        </button>
        <button
          type="button"
          className="button"
          disabled={props.busy}
          onClick={() => props.onKeepApart(view)}
        >
          {t('review.keepApart')}
        </button>
      </div>
    </li>
  );
}
