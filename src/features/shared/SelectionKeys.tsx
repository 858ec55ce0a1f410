/**
 * The one page-wide key handler for the shared selection: Escape clears it, whichever view is
 * open, unless the user is typing in a field. Renders nothing; mounted once by the app.
 */
import { useEffect } from 'react';
import { isEmptySelection } from '../../domain/page/selection';
import { actions, getAppState } from '../../state/store';
import { keyPressOf } from '../../ui/key-press';
import { isClearSelectionKey } from './selection-keys';

export function SelectionKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isClearSelectionKey(keyPressOf(event))) return;
      if (isEmptySelection(getAppState().selection)) return;
      actions.clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
