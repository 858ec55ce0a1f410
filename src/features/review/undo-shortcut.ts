/**
 * Ctrl+Z (Cmd+Z on a Mac) undoes the last change, except while the user types in a field, where
 * the browser's own text undo must keep working.
 */

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** The focused element's tag name (upper case, as the DOM gives it) and editability. */
  readonly targetTag: string;
  readonly targetEditable: boolean;
  readonly targetType?: string;
}

/** Inputs that take no typed text (a checkbox, a slider) do not own Ctrl+Z. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'submit',
  'reset',
  'file',
  'color',
  'image',
]);

export function isTextField(tag: string, editable: boolean, type?: string): boolean {
  if (editable) return true;
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((type ?? 'text').toLowerCase());
}

export function isUndoShortcut(press: KeyPress): boolean {
  return (
    press.key.toLowerCase() === 'z' &&
    (press.ctrlKey || press.metaKey) &&
    !press.shiftKey &&
    !press.altKey &&
    !isTextField(press.targetTag, press.targetEditable, press.targetType)
  );
}
