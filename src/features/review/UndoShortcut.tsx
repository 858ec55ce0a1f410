/**
 * Ctrl+Z (Cmd+Z) anywhere on the page undoes the last recognition decision, unless the user is
 * typing in a field. Renders nothing; mounted once by the app so it works whichever view is open.
 */
import { useEffect } from 'react';
import { actions, getAppState } from '../../state/store';
import { isUndoShortcut } from './undo-shortcut';

export function UndoShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const press = {
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        targetTag: target?.tagName ?? '',
        targetEditable: target?.isContentEditable ?? false,
        ...(target instanceof HTMLInputElement ? { targetType: target.type } : {}),
      };
      if (!isUndoShortcut(press)) return;
      const state = getAppState();
      if (state.workspace.decisions.length === 0 || state.status === 'loading') return;
      event.preventDefault();
      void actions.undoDecision();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
