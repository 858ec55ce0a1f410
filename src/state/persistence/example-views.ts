/**
 * The example data's saved views, kept on their own: the example's data is never stored (it ships
 * with the app), but the views an adviser saves on it should outlast a reload. One small record
 * under a fixed key in the settings store; read back field by field (savedViewFrom), so a broken
 * or foreign record gives the views that are whole, in order, and never throws.
 */
import { savedViewFrom } from '../saved-views';
import type { SavedView } from '../types';

/** The settings key the record is kept under. */
export const EXAMPLE_VIEWS_KEY = 'example-views';
export const EXAMPLE_VIEWS_FORMAT = 1;

export interface ExampleViewsRecord {
  readonly format: typeof EXAMPLE_VIEWS_FORMAT;
  readonly views: readonly SavedView[];
}

/** The record for these views (only the fields a saved view has, so nothing else is stored). */
export const exampleViewsRecord = (views: readonly SavedView[]): ExampleViewsRecord => ({
  format: EXAMPLE_VIEWS_FORMAT,
  views: views.map(({ id, name, hash }) => ({ id, name, hash })),
});

/** The views in a stored record: the whole ones, in order, the first of each id; else none. */
export function exampleViewsOf(raw: unknown): SavedView[] {
  if (raw === null || typeof raw !== 'object') return [];
  const { views } = raw as { views?: unknown };
  if (!Array.isArray(views)) return [];
  const seen = new Set<string>();
  return views.flatMap((value: unknown) => {
    const view = savedViewFrom(value);
    if (!view || seen.has(view.id)) return [];
    seen.add(view.id);
    return [view];
  });
}
