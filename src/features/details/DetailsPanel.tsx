/** The details panel: what is selected (a cluster or an overlap), or a hint on how to select. */
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ClusterDetails } from './ClusterDetails';
import { OverlapDetails } from './OverlapDetails';

export function DetailsPanel() {
  const t = useT();
  const selection = useAppState((s) => s.selection);
  const close =
    selection === null ? null : (
      <button type="button" className="button subtle" onClick={actions.clearSelection}>
        {t('details.close')}
      </button>
    );
  return (
    <Panel title={t('details.title')} className="details-panel" actions={close}>
      {selection === null ? <p className="muted">{t('details.empty')}</p> : null}
      {selection?.kind === 'cluster' ? (
        <ClusterDetails key={selection.name} name={selection.name} />
      ) : null}
      {selection?.kind === 'overlap' ? (
        <OverlapDetails key={`${selection.a}|${selection.b}`} a={selection.a} b={selection.b} />
      ) : null}
    </Panel>
  );
}
