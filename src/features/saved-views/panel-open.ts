/** Whether the saved-views panel is open: page state, in memory only (a UI toggle, not data). */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';

const open = createStore<{ open: boolean }>()(() => ({ open: false }));

export const useSavedViewsOpen = (): boolean =>
  useSyncExternalStore(open.subscribe, () => open.getState().open);
export const setSavedViewsOpen = (value: boolean): void => open.setState({ open: value });
