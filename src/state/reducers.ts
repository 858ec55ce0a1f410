/**
 * Every state change as a pure function (state, input) -> state, so each can be tested without a
 * browser, a worker or a store. The store module only applies them.
 */
import type { OverlapSummary } from '../domain/analysis/types';
import type { PipelineResult } from '../worker/types';
import type { AppState, DataSource, Language } from './types';

export function initialState(language: Language = 'nb'): AppState {
  return {
    status: 'loading',
    loadId: 0,
    pendingFiles: 0,
    data: null,
    error: null,
    notice: null,
    selection: null,
    language,
    minShared: 1,
  };
}

export function loadStarted(state: AppState, fileCount: number): AppState {
  return {
    ...state,
    status: 'loading',
    loadId: state.loadId + 1,
    pendingFiles: fileCount,
    error: null,
    notice: null,
  };
}

/**
 * A load finished. A result without any cluster (every file rejected) does not replace the data
 * on screen: the user keeps a working app and sees why the files were refused.
 */
export function loadSucceeded(
  state: AppState,
  loadId: number,
  result: PipelineResult,
  source: DataSource,
  files: readonly string[],
): AppState {
  if (loadId !== state.loadId) return state;
  const { dataset, analysis } = result;
  const done = { ...state, status: 'ready' as const, pendingFiles: 0, error: null };
  if (dataset.clusters.length === 0 || dataset.memberships.length === 0) {
    return { ...done, notice: { kind: 'nothing-usable', rejected: dataset.report.rejected } };
  }
  return {
    ...done,
    data: { dataset, analysis, source, files },
    selection: null,
    minShared: 1,
    notice:
      source === 'files'
        ? { kind: 'loaded', files: files.length, rejected: dataset.report.rejected.length }
        : null,
  };
}

export function loadFailed(state: AppState, loadId: number, message: string): AppState {
  if (loadId !== state.loadId) return state;
  return { ...state, status: 'error', pendingFiles: 0, error: message };
}

export function dismissNotice(state: AppState): AppState {
  return state.notice === null && state.error === null
    ? state
    : {
        ...state,
        notice: null,
        error: null,
        status: state.status === 'error' ? 'ready' : state.status,
      };
}

/** Selects a cluster by name; an unknown name leaves the state as it was. */
export function selectCluster(state: AppState, name: string): AppState {
  const known = state.data?.analysis.clusters.some((c) => c.name === name) ?? false;
  return known ? { ...state, selection: { kind: 'cluster', name } } : state;
}

/** Selects the overlap of two clusters in either order; pairs that share nobody are ignored. */
export function selectOverlap(state: AppState, a: string, b: string): AppState {
  const overlap = findOverlap(state, a, b);
  if (!overlap || overlap.shared < state.minShared) return state;
  return { ...state, selection: { kind: 'overlap', a: overlap.a, b: overlap.b } };
}

export function clearSelection(state: AppState): AppState {
  return state.selection === null ? state : { ...state, selection: null };
}

export function setLanguage(state: AppState, language: Language): AppState {
  return state.language === language ? state : { ...state, language };
}

/** Sets the map's minimum-shared filter (whole numbers from 1); drops a selected edge it hides. */
export function setMinShared(state: AppState, value: number): AppState {
  const minShared = Math.max(1, Math.floor(Number.isFinite(value) ? value : 1));
  const sel = state.selection;
  const hidden =
    sel?.kind === 'overlap' && (findOverlap(state, sel.a, sel.b)?.shared ?? 0) < minShared;
  return { ...state, minShared, selection: hidden ? null : sel };
}

export function findOverlap(state: AppState, a: string, b: string): OverlapSummary | undefined {
  return state.data?.analysis.overlaps.find(
    (o) => (o.a === a && o.b === b) || (o.a === b && o.b === a),
  );
}
