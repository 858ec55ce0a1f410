/**
 * Small pieces the report's SVG figures share: the palette, label shortening, and the props
 * that make a drawn item a keyboard-usable button when the page passes a select handler. Pure:
 * no store and no DOM APIs, so the same markup renders in the page and through react-dom/server.
 */
import type { KeyboardEvent, MouseEvent } from 'react';

/** Fills that stay apart in colour and in greyscale print, in series order. */
export const PALETTE: readonly string[] = [
  '#1f4e79',
  '#6fa8dc',
  '#38761d',
  '#b6d7a8',
  '#b45f06',
  '#cccccc',
];

export const LABEL_CHARS = 30;

/** A label cut to fit its column; the full text goes in the element's <title>. */
export function shortLabel(text: string, max = LABEL_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * An accessible name that starts with the item's visible text (WCAG 2.5.3, label in name): the
 * full label when it already does, else the visible text followed by the full label.
 */
export function nameWithVisible(visible: string, label: string): string {
  return label.startsWith(visible) ? label : `${visible}, ${label}`;
}

export type SelectMode = 'replace' | 'toggle';
export type OnSelect<Id> = (id: Id, mode: SelectMode) => void;

/**
 * Button props for a drawn item when it can be selected; nothing when the figure is static. The
 * item's name is its <title> child (SVG-AAM), which each figure writes starting with the visible
 * text: an aria-label would be compared by axe with all the text inside, titles included.
 */
export function selectableProps<Id>(id: Id, selected: boolean, onSelect: OnSelect<Id> | undefined) {
  if (!onSelect) return {};
  const mode = (e: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): SelectMode =>
    e.ctrlKey || e.metaKey || e.shiftKey ? 'toggle' : 'replace';
  return {
    role: 'button',
    tabIndex: 0,
    'aria-pressed': selected,
    className: `report-item${selected ? ' is-selected' : ''}`,
    onClick: (e: MouseEvent) => onSelect(id, mode(e)),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(id, mode(e));
      }
    },
  };
}
