/**
 * The open tab is the URL's hash: `useCurrentTab()` follows it (hashchange covers clicks, links,
 * back and forward), `openTab()` changes it. Setting the hash adds a history entry, so the back
 * button returns to the tab before. No store state: the URL is the one place it lives.
 */
import { useSyncExternalStore } from 'react';
import { panelElementId, START_TAB, tabFromHash, tabHash, type TabId } from './tabs';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentTab = (): TabId => tabFromHash(window.location.hash);

export function useCurrentTab(): TabId {
  return useSyncExternalStore(subscribe, currentTab, () => START_TAB);
}

/**
 * Opens a tab. With `focusPanel`, the keyboard focus moves into the panel once it is shown (for
 * buttons elsewhere that lead there, e.g. "Se importrapporten").
 */
export function openTab(id: TabId, options: { focusPanel?: boolean } = {}): void {
  const focus = () => document.getElementById(panelElementId(id))?.focus({ preventScroll: true });
  if (currentTab() === id) {
    if (options.focusPanel) focus();
    return;
  }
  if (options.focusPanel) {
    // The panel is shown by React after the hashchange event; focus it after that render.
    window.addEventListener('hashchange', () => setTimeout(focus, 0), { once: true });
  }
  window.location.hash = tabHash(id);
}
