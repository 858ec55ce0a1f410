/**
 * The shape of the app state: where the data stands (loading, ready, error), the loaded dataset
 * with its analysis, what the user selected and which language the UI speaks.
 */
import type { Analysis } from '../domain/analysis/types';
import type { Dataset, Rejection } from '../domain/membership/types';

export type Language = 'nb' | 'en';

export type Status = 'loading' | 'ready' | 'error';

/** The bundled example data, or files the user loaded. Only the example marks inferred clusters. */
export type DataSource = 'default' | 'files';

export type Selection =
  | { readonly kind: 'cluster'; readonly name: string }
  | { readonly kind: 'overlap'; readonly a: string; readonly b: string }
  | null;

export interface LoadedData {
  readonly dataset: Dataset;
  readonly analysis: Analysis;
  readonly source: DataSource;
  readonly files: readonly string[];
}

/** What the last finished load has to tell the user, beyond the data itself. */
export type LoadNotice =
  | { readonly kind: 'loaded'; readonly files: number; readonly rejected: number }
  /** Nothing usable came out of the files; the previous data (if any) stays on screen. */
  | { readonly kind: 'nothing-usable'; readonly rejected: readonly Rejection[] };

export interface AppState {
  readonly status: Status;
  /** Increases with every load started; a finished load only lands if it is still the latest. */
  readonly loadId: number;
  /** Files in the load in progress (for the busy message). */
  readonly pendingFiles: number;
  readonly data: LoadedData | null;
  /** Why the last load failed (status 'error'); earlier data, if any, stays usable. */
  readonly error: string | null;
  readonly notice: LoadNotice | null;
  readonly selection: Selection;
  readonly language: Language;
  /** Overlap map filter: edges with fewer shared members are hidden. */
  readonly minShared: number;
}
