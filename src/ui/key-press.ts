/**
 * A key press as page-wide shortcuts see it, and whether the focus is in a field that takes
 * typed text (where the browser's own keys, Ctrl+Z or Escape, must keep working).
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

/** Inputs that take no typed text (a checkbox, a slider) do not own the keys. */
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

/** The press of a DOM keyboard event. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    targetTag: target?.tagName ?? '',
    targetEditable: target?.isContentEditable ?? false,
    ...(target instanceof HTMLInputElement ? { targetType: target.type } : {}),
  };
}
