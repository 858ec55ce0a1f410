/**
 * Ctrl+Z (Cmd+Z on a Mac) undoes the last change, except while the user types in a field, where
 * the browser's own text undo must keep working.
 */

import { isTextField, type KeyPress } from '../../ui/key-press';

export { isTextField, type KeyPress };

export function isUndoShortcut(press: KeyPress): boolean {
  return (
    press.key.toLowerCase() === 'z' &&
    (press.ctrlKey || press.metaKey) &&
    !press.shiftKey &&
    !press.altKey &&
    !isTextField(press.targetTag, press.targetEditable, press.targetType)
  );
}
