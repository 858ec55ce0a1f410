/**
 * Whether the first view has been painted: until then the page loads only what that view needs
 * (its own code), and what can wait (the other tabs' code, the map's cytoscape canvas) waits for
 * this. Set once, by the tab panels (features/navigation/TabPanels.tsx); also a performance mark,
 * so a test or a bench can tell what was fetched before the first view was shown.
 */
import { useSyncExternalStore } from 'react';

export const FIRST_VIEW_MARK = 'klyngekart:first-view';

let shown = false;
const listeners = new Set<() => void>();

export function markFirstViewShown(): void {
  if (shown) return;
  shown = true;
  performance.mark(FIRST_VIEW_MARK);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useFirstViewShown(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => shown,
    () => shown,
  );
}
