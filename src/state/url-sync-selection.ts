/**
 * How the URL sync reads and sets the shared selection (state/selection.ts), and which selected
 * items the loaded data can show: ids of the page model (so a link's ids from another workspace or
 * an older build are dropped with a note), and edges the threshold in the same link leaves shown.
 */
import type { Selection, SelectionItem } from '../domain/page/selection-types';
import { selectable } from './selection';
import { actions } from './store';
import type { AppState } from './types';

export interface UrlSelectionBinding {
  readonly read: (state: AppState) => Selection;
  readonly apply: (selection: Selection) => void;
  readonly known: (state: AppState, item: SelectionItem) => boolean;
}

export const urlSelection: UrlSelectionBinding = {
  read: (state) => state.selection,
  apply: (selection) => actions.setSelection(selection),
  known: (state, item) => state.data !== null && selectable(state, item),
};
