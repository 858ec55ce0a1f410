import { describe, expect, it } from 'vitest';
import { isUndoShortcut, type KeyPress } from '../../../src/features/review/undo-shortcut';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: 'z',
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...over,
});

describe('isUndoShortcut', () => {
  it.each<[string, Partial<KeyPress>, boolean]>([
    ['Ctrl+Z on the page', {}, true],
    ['Cmd+Z on a Mac', { ctrlKey: false, metaKey: true }, true],
    ['Ctrl+Z with caps lock', { key: 'Z' }, true],
    ['Ctrl+Z on a button', { targetTag: 'BUTTON' }, true],
    ['Ctrl+Z on a checkbox', { targetTag: 'INPUT', targetType: 'checkbox' }, true],
    ['Ctrl+Z on a slider', { targetTag: 'INPUT', targetType: 'range' }, true],
    ['Ctrl+Z in a select', { targetTag: 'SELECT' }, true],
    ['Ctrl+Z in a search field', { targetTag: 'INPUT', targetType: 'search' }, false],
    ['Ctrl+Z in an input without a type', { targetTag: 'INPUT' }, false],
    ['Ctrl+Z in a number field', { targetTag: 'INPUT', targetType: 'number' }, false],
    ['Ctrl+Z in a textarea', { targetTag: 'TEXTAREA' }, false],
    ['Ctrl+Z in editable content', { targetTag: 'DIV', targetEditable: true }, false],
    ['Ctrl+Shift+Z (redo)', { shiftKey: true }, false],
    ['Ctrl+Alt+Z', { altKey: true }, false],
    ['Z alone', { ctrlKey: false }, false],
    ['Ctrl+Y', { key: 'y' }, false],
  ])('%s -> %s', (_, over, expected) => {
    expect(isUndoShortcut(press(over))).toBe(expected);
  });
});
