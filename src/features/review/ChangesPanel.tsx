/**
 * "Endringer": every merge, keep-apart and split of the workspace in words, each undoable, with
 * "undo last" (also Ctrl+Z, see UndoShortcut).
 */
import { useMemo } from 'react';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ChangesList } from './ChangesList';
import { nameResolver } from './decision-words';
import './review.css';

export function ChangesPanel() {
  const t = useT();
  const decisions = useAppState((s) => s.workspace.decisions);
  const organisations = useAppState((s) => s.data?.dataset.organisations);
  const seenNames = useAppState((s) => s.seenNames);
  const busy = useAppState((s) => s.status === 'loading');
  const nameOf = useMemo(
    () => nameResolver(organisations ?? [], seenNames, t),
    [organisations, seenNames, t],
  );
  const undoLast =
    decisions.length === 0 ? null : (
      <button
        type="button"
        className="button"
        title={t('changes.undoLastTitle')}
        disabled={busy}
        onClick={() => void actions.undoDecision()}
      >
        {t('changes.undoLast')}
      </button>
    );
  return (
    <Panel title={t('changes.title')} className="changes-panel" actions={undoLast}>
      <div data-testid="changes-panel">
        <ChangesList
          decisions={decisions}
          nameOf={nameOf}
          busy={busy}
          onUndo={(index) => void actions.undoDecision(index)}
        />
      </div>
    </Panel>
  );
}
