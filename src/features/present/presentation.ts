/**
 * The presentation's state and steps, apart from its look: whether it runs, which saved view is
 * shown, and the key each step answers to (→ / PageDown / Space next, ← / PageUp previous,
 * Home / End, Escape leaves). The sequence is the workspace's saved views, in their order.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { savedViewsOf } from '../../state/saved-views';
import { getAppState } from '../../state/store';
import { openSavedHash } from '../../state/url-sync';

interface Presentation {
  readonly active: boolean;
  readonly index: number;
  /** Whether this presentation asked for full screen (so leaving it leaves full screen too). */
  readonly fullscreen: boolean;
}

const store = createStore<Presentation>()(() => ({ active: false, index: 0, fullscreen: false }));

export const usePresentation = (): Presentation =>
  useSyncExternalStore(store.subscribe, store.getState);

export type Step = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** The step a key asks for, or null (keys are the DOM's KeyboardEvent.key). */
export function stepOfKey(key: string): Step | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The index a step leads to in a sequence of `count` (clamped: no wrap-around). */
export function indexAfter(step: Exclude<Step, 'leave'>, index: number, count: number): number {
  const last = Math.max(0, count - 1);
  switch (step) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

const views = () => savedViewsOf(getAppState().workspace);

function show(index: number): void {
  const view = views()[index];
  if (!view) return;
  store.setState({ index });
  openSavedHash(view.hash);
}

/** Starts at the first saved view, full screen where the browser allows it. */
export async function startPresentation(): Promise<void> {
  if (views().length === 0) return;
  store.setState({ active: true, index: 0, fullscreen: false });
  show(0);
  const root = document.documentElement;
  if (document.fullscreenEnabled && !document.fullscreenElement && root.requestFullscreen) {
    try {
      await root.requestFullscreen();
      store.setState({ fullscreen: true });
    } catch {
      // Not allowed here (an iframe, a policy): the full-window layout is the presentation.
    }
  }
}

export function leavePresentation(): void {
  const { active, fullscreen } = store.getState();
  if (!active) return;
  store.setState({ active: false, fullscreen: false });
  if (fullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

export function step(which: Step): void {
  const { active, index } = store.getState();
  if (!active) return;
  if (which === 'leave') {
    leavePresentation();
    return;
  }
  const next = indexAfter(which, index, views().length);
  if (next !== index) show(next);
}

/** The browser left full screen (its own Escape): the presentation ends with it. */
export function fullscreenChanged(): void {
  const { active, fullscreen } = store.getState();
  if (active && fullscreen && !document.fullscreenElement) {
    store.setState({ active: false, fullscreen: false });
  }
}
