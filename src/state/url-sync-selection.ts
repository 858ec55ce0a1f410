/**
 * How the URL sync reads and sets the shared selection, and which selected items the loaded data
 * knows (a link's ids from another workspace or an older build are dropped with a note).
 *
 * The store still holds the older, names-keyed selection (names never go into a URL), so until
 * the page model's selection lands in the store this reads nothing, sets nothing and knows no id:
 * a selection in a link is reported as unknown rather than guessed at.
 */
import type { Selection, SelectionItem } from '../domain/page/selection-types';
import { EMPTY_SELECTION } from '../domain/page/selection-types';
import type { AppState } from './types';

export interface UrlSelectionBinding {
  readonly read: (state: AppState) => Selection;
  readonly apply: (selection: Selection) => void;
  readonly known: (state: AppState, item: SelectionItem) => boolean;
}

export const urlSelection: UrlSelectionBinding = {
  read: () => EMPTY_SELECTION,
  apply: () => undefined,
  known: () => false,
};
