/** Escape clears the selection, except while the user types in a field (it may clear that). */
import { isTextField, type KeyPress } from '../../ui/key-press';

export function isClearSelectionKey(press: KeyPress): boolean {
  return (
    press.key === 'Escape' &&
    !press.ctrlKey &&
    !press.metaKey &&
    !press.altKey &&
    !isTextField(press.targetTag, press.targetEditable, press.targetType)
  );
}
