/** Escape clears the selection anywhere on the page, except in a field that takes typed text. */
import { describe, expect, it } from 'vitest';
import { isClearSelectionKey } from '../../../src/features/shared/selection-keys';
import type { KeyPress } from '../../../src/ui/key-press';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: 'Escape',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...over,
});

describe('isClearSelectionKey', () => {
  it.each([
    ['Escape on the page', {}, true],
    ['Escape on a button', { targetTag: 'BUTTON' }, true],
    ['Escape on a checkbox', { targetTag: 'INPUT', targetType: 'checkbox' }, true],
    ['Shift+Escape', { shiftKey: true }, true],
    ['Escape in a search field', { targetTag: 'INPUT', targetType: 'search' }, false],
    ['Escape in a textarea', { targetTag: 'TEXTAREA' }, false],
    ['Escape in editable content', { targetTag: 'DIV', targetEditable: true }, false],
    ['Ctrl+Escape', { ctrlKey: true }, false],
    ['another key', { key: 'Enter' }, false],
  ] as const)('%s -> %s', (_, over, expected) => {
    expect(isClearSelectionKey(press(over))).toBe(expected);
  });
});
