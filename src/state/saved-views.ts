/**
 * The workspace's saved views as pure functions (workspace, input) -> workspace: save the view
 * shown under a name, rename, delete and move one. A saved view is the URL hash of what was on
 * screen (url-state.ts writes only opaque ids and settings), so it reveals nothing without the
 * data and opens by following it. Names are the user's own text, kept as typed (trimmed).
 */
import type { SavedView, Workspace } from './types';

/** The longest name kept; a longer one is cut (a name is a label, not a note). */
export const MAX_VIEW_NAME = 120;

const NONE: readonly SavedView[] = Object.freeze([]);

/** The saved views (one frozen empty list when none, so store selectors stay stable). */
export const savedViewsOf = (ws: Workspace): readonly SavedView[] => ws.savedViews ?? NONE;

const cleanName = (name: string): string => name.trim().slice(0, MAX_VIEW_NAME);

export function withSavedView(ws: Workspace, view: SavedView): Workspace {
  const name = cleanName(view.name);
  if (name === '' || savedViewsOf(ws).some((v) => v.id === view.id)) return ws;
  return { ...ws, savedViews: [...savedViewsOf(ws), { ...view, name }] };
}

export function withViewRenamed(ws: Workspace, id: string, name: string): Workspace {
  const next = cleanName(name);
  const views = savedViewsOf(ws);
  if (next === '' || !views.some((v) => v.id === id && v.name !== next)) return ws;
  return { ...ws, savedViews: views.map((v) => (v.id === id ? { ...v, name: next } : v)) };
}

export function withoutSavedView(ws: Workspace, id: string): Workspace {
  const views = savedViewsOf(ws);
  if (!views.some((v) => v.id === id)) return ws;
  return { ...ws, savedViews: views.filter((v) => v.id !== id) };
}

/** Moves a view `by` places (-1 up, +1 down); past either end changes nothing. */
export function withViewMoved(ws: Workspace, id: string, by: number): Workspace {
  const views = [...savedViewsOf(ws)];
  const at = views.findIndex((v) => v.id === id);
  const to = at + by;
  if (at < 0 || !Number.isInteger(by) || by === 0 || to < 0 || to >= views.length) return ws;
  const [moved] = views.splice(at, 1);
  views.splice(to, 0, moved!);
  return { ...ws, savedViews: views };
}

/** A saved view read from storage or a workspace file: the fields checked, else undefined. */
export function savedViewFrom(value: unknown): SavedView | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { id, name, hash } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
  if (typeof name !== 'string' || cleanName(name) === '') return undefined;
  if (typeof hash !== 'string' || !hash.startsWith('#') || hash.length > 4000) return undefined;
  return { id, name: cleanName(name), hash };
}
