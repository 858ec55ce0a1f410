/**
 * The shared selection as state changes (pure, like reducers.ts): select an item, set or clear
 * the whole selection, hover. Items the model does not know are ignored, so a stale id (an old
 * link, a rebuilt dataset) never lands; a cluster pair hidden by the map's filter is not
 * selectable, since the user cannot see it.
 */
import { findOverlap, isKnownItem } from '../domain/page/model';
import {
  keepKnown,
  selectItem,
  type SelectMode,
  selectionItems,
  selectionOf,
  isEmptySelection,
} from '../domain/page/selection';
import {
  EMPTY_SELECTION,
  type Selection,
  type SelectionItem,
} from '../domain/page/selection-types';
import { pairShown } from './map-settings';
import type { AppState } from './types';

/** Whether the item exists in the loaded data and is visible under the map's filter. */
export function selectable(state: AppState, item: SelectionItem): boolean {
  const model = state.data?.model;
  if (!model || !isKnownItem(model, item)) return false;
  if (item.kind === 'cluster-pair') {
    const overlap = findOverlap(model, item.a, item.b);
    return overlap !== undefined && pairShown(state, overlap);
  }
  return true;
}

export function select(state: AppState, item: SelectionItem, mode: SelectMode = 'replace') {
  if (!selectable(state, item)) return state;
  return { ...state, selection: selectItem(state.selection, item, mode) };
}

/**
 * keepKnown, and when the focused item went, the focus moves to the last item left (as when it
 * is toggled off), so the details panel still shows something that is selected.
 */
function kept(state: AppState, selection: Selection): Selection {
  const known = keepKnown(selection, (item) => selectable(state, item));
  if (known.focus !== null) return known;
  const items = selectionItems(known);
  return items.length === 0 ? known : selectionOf(items, items.at(-1));
}

/** Replaces the selection; what the data does not have is dropped. */
export function setSelection(state: AppState, selection: Selection): AppState {
  return { ...state, selection: kept(state, selection) };
}

export function clearSelection(state: AppState): AppState {
  return isEmptySelection(state.selection) && state.selection.focus === null
    ? state
    : { ...state, selection: EMPTY_SELECTION };
}

export function setHover(state: AppState, item: SelectionItem | null): AppState {
  if (item !== null && !selectable(state, item))
    return state.hover === null ? state : { ...state, hover: null };
  return { ...state, hover: item };
}

/** After a rebuild or a filter change: keep what still exists, drop the rest. */
export function keepSelectable(state: AppState): AppState {
  const selection = kept(state, state.selection);
  const hover = state.hover !== null && selectable(state, state.hover) ? state.hover : null;
  const same =
    hover === state.hover &&
    selectionItems(selection).length === selectionItems(state.selection).length &&
    selection.focus === state.selection.focus;
  return same ? state : { ...state, selection, hover };
}
