/** The details panel: the focused item of the selection (a cluster, a pair, an organisation), or a hint. */
import { useEffect, useRef } from 'react';
import { isEmptySelection } from '../../domain/page/selection';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { takeDetailsFocus } from '../shared/details-focus';
import { ClusterDetails } from './ClusterDetails';
import { OrgDetails } from './OrgDetails';
import { OverlapDetails } from './OverlapDetails';
import './details.css';

export function DetailsPanel() {
  const t = useT();
  const selection = useAppState((s) => s.selection);
  const focus = selection.focus;
  const body = useRef<HTMLDivElement>(null);
  const focusKey = focus === null ? '' : JSON.stringify(focus);
  useEffect(() => {
    if (focusKey && takeDetailsFocus()) body.current?.focus();
  }, [focusKey]);
  const close = isEmptySelection(selection) ? null : (
    <button type="button" className="button subtle" onClick={actions.clearSelection}>
      {t('details.close')}
    </button>
  );
  return (
    <Panel title={t('details.title')} className="details-panel" actions={close}>
      <div ref={body} tabIndex={-1} className="details-body" data-testid="details-body">
        {focus === null ? <p className="muted">{t('details.empty')}</p> : null}
        {focus?.kind === 'cluster' ? <ClusterDetails key={focus.id} id={focus.id} /> : null}
        {focus?.kind === 'cluster-pair' ? (
          <OverlapDetails key={`${focus.a}|${focus.b}`} a={focus.a} b={focus.b} />
        ) : null}
        {focus?.kind === 'organisation' ? <OrgDetails key={focus.id} id={focus.id} /> : null}
      </div>
    </Panel>
  );
}
