/** The details panel: the focused item of the selection (a cluster, a pair, an organisation), or a hint. */
import { isEmptySelection } from '../../domain/page/selection';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ClusterDetails } from './ClusterDetails';
import { OrgDetails } from './OrgDetails';
import { OverlapDetails } from './OverlapDetails';
import './details.css';

export function DetailsPanel() {
  const t = useT();
  const selection = useAppState((s) => s.selection);
  const focus = selection.focus;
  const close = isEmptySelection(selection) ? null : (
    <button type="button" className="button subtle" onClick={actions.clearSelection}>
      {t('details.close')}
    </button>
  );
  return (
    <Panel title={t('details.title')} className="details-panel" actions={close}>
      {focus === null ? <p className="muted">{t('details.empty')}</p> : null}
      {focus?.kind === 'cluster' ? <ClusterDetails key={focus.id} id={focus.id} /> : null}
      {focus?.kind === 'cluster-pair' ? (
        <OverlapDetails key={`${focus.a}|${focus.b}`} a={focus.a} b={focus.b} />
      ) : null}
      {focus?.kind === 'organisation' ? <OrgDetails key={focus.id} id={focus.id} /> : null}
    </Panel>
  );
}
