/**
 * The open view is in the URL (see state/url-sync.ts): `useCurrentTab()` follows it (our own
 * writes, links, back and forward), `openTab()` opens another, as a new history entry with the
 * rest of the URL (language, filters, selection) kept. No store state: the URL is where it lives.
 */
import { useSyncExternalStore } from 'react';
import { currentView, openView, subscribeUrl } from '../../state/url-sync';
import { panelElementId } from './tab-ids';

export function useCurrentTab(): string {
  return useSyncExternalStore(subscribeUrl, currentView, currentView);
}

/**
 * Opens a tab. With `focusPanel`, the keyboard focus moves into the panel once it is shown (for
 * buttons elsewhere that lead there, e.g. "Se importrapporten").
 */
export function openTab(id: string, options: { focusPanel?: boolean } = {}): void {
  const focus = () => document.getElementById(panelElementId(id))?.focus({ preventScroll: true });
  openView(id);
  // The panel is shown by React after the URL's listeners ran; focus it after that render.
  if (options.focusPanel) setTimeout(focus, 0);
}
