/**
 * Whether the first view has been painted: until then the page loads only what that view needs
 * (its own code), and what can wait (the other tabs' code, the map's cytoscape canvas) waits for
 * this. Set once, by the tab panels (features/navigation/TabPanels.tsx); also a performance mark,
 * so a test or a bench can tell what was fetched before the first view was shown. The other tabs
 * wait longer while the first view holds them (the map until its canvas is laid out), so their
 * rendering never lands between the canvas's arrival and its layout.
 */
import { useEffect, useSyncExternalStore } from 'react';

export const FIRST_VIEW_MARK = 'klyngekart:first-view';

let shown = false;
let holds = 0;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

export function markFirstViewShown(): void {
  if (shown) return;
  shown = true;
  performance.mark(FIRST_VIEW_MARK);
  emit();
}

/** While `holding`, the other views wait (see useLaterViewsMayRender). */
export function useHoldLaterViews(holding: boolean): void {
  useEffect(() => {
    if (!holding) return;
    holds++;
    emit();
    return () => {
      holds--;
      emit();
    };
  }, [holding]);
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

/** The first view is shown and nothing holds the others back (a caller keeps its own latch). */
export function useLaterViewsMayRender(): boolean {
  const ready = () => shown && holds === 0;
  return useSyncExternalStore(subscribe, ready, ready);
}
