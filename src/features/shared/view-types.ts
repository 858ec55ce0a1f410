/**
 * What a view (a tab of the app) is, as data: the registry in `src/app/views.ts` lists them (a
 * descriptor in `src/app/views/`, its lazily loaded page in `src/app/pages/`), and
 * the tab row, the panels, the URL and the export menu are all made from it. Adding a view is its
 * descriptor, its page and one line in the registry.
 */
import type { ComponentType } from 'react';
import type { AppState } from '../../state/types';
import type { MessageKey } from '../../ui/i18n/nb';
import type { ExportId } from './export-registry';

/** A count shown on a tab: problems with the user's files, or work waiting there. */
export interface ViewBadge {
  readonly kind: 'problem' | 'todo';
  /** The count in words, for screen readers and the tooltip (`{n}` is the count). */
  readonly one: MessageKey;
  readonly other: MessageKey;
  /** The count, or null when there is nothing to count (no data). Read from the data only. */
  readonly count: (state: AppState) => number | null;
}

/** View-specific state carried in the URL (reserved: no view has any yet). */
export interface ViewUrlState<T> {
  readonly parse: (text: string) => T | undefined;
  readonly serialise: (value: T) => string;
}

export interface ViewDescriptor {
  /** Stable, lower case: the URL's hash ("#duplikater"), the element ids, the test ids. */
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly component: ComponentType;
  readonly badge?: ViewBadge;
  /** The exports offered on this view (ids in the export registry). */
  readonly exports: readonly ExportId[];
  readonly urlState?: ViewUrlState<unknown>;
  /**
   * Kept up to date while hidden. Other views hold the state they were hidden with until shown
   * again (TabPanels), so only the open view re-renders on a new build; a view that summarises
   * the data and the files (cheap to render) stays live instead.
   */
  readonly liveWhileHidden?: boolean;
}

/** The hash a view lives at. */
export const viewHash = (view: Pick<ViewDescriptor, 'id'>): string => `#${view.id}`;
