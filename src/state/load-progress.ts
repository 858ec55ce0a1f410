/**
 * State changes for a load's progress, its cancelling, and what opening or saving the workspace
 * has to tell (files missing from storage, a record from a newer app, a change from another tab).
 * Pure functions (state, input) -> state, beside reducers.ts.
 */
import type { AppState, LoadProgress, SavedWorkNotice } from './types';

/** The load `loadId` reached a step; ignored once another load has started. */
export function loadProgressed(
  state: AppState,
  loadId: number,
  progress: Omit<LoadProgress, 'loadId'>,
): AppState {
  if (loadId !== state.loadId || state.status !== 'loading') return state;
  return { ...state, progress: { ...progress, loadId } };
}

/** The user cancelled the load: what was shown before stays, with a word that it was cancelled. */
export function loadCancelled(state: AppState, loadId: number): AppState {
  if (loadId !== state.loadId) return state;
  return {
    ...state,
    status: 'ready',
    pendingFiles: 0,
    progress: null,
    error: null,
    notice: { kind: 'cancelled' },
  };
}

export function savedWorkNoticed(state: AppState, notice: SavedWorkNotice | null): AppState {
  return { ...state, savedWork: notice };
}
