/**
 * "Mulige duplikater": the merge proposals of the current data (keep-apart pairs already left out
 * by the worker), to merge or keep apart one by one or all above a score. Nothing is merged here
 * without the user's click; every choice becomes a decision in the workspace, undoable under
 * "Endringer".
 */
import { useMemo } from 'react';
import { actions, useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { orgIndexOf } from '../../state/org-index';
import { proposalViews } from '../shared/proposal-views';
import { ProposalList } from './ProposalList';
import './review.css';

export function ReviewPanel() {
  const t = useT();
  const data = useAppState((s) => s.data);
  const busy = useAppState((s) => s.status === 'loading');
  const views = useMemo(
    () => (data ? proposalViews(data.proposals, orgIndexOf(data.dataset)) : []),
    [data],
  );
  return (
    <Panel
      title={
        <>
          {t('review.title')}{' '}
          <span className="panel-count" data-testid="review-count">
            {formatInteger(views.length)}
          </span>
        </>
      }
      className="review-panel"
    >
      <div data-testid="review-panel">
        <p className="muted">{t('review.intro')}</p>
        <ProposalList
          views={views}
          busy={busy}
          onDecide={(d) => void actions.addDecision(d)}
          onDecideAll={(ds) => void actions.addDecisions(ds)}
        />
      </div>
    </Panel>
  );
}
