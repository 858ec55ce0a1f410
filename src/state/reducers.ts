/**
 * Every state change as a pure function (state, input) -> state, so each can be tested without a
 * browser, a worker or a store. The store module only applies them. Workspace edits themselves
 * are in workspace.ts; here they land in the state.
 */
import type { ColumnMapping } from '../domain/membership/column-mapping';
import type { Dataset, OrgId } from '../domain/membership/types';
import { EMPTY_SELECTION } from '../domain/page/selection-types';
import { withOrganisationMetrics } from '../domain/analysis/organisation-metrics';
import type { BuildResult, MetricsResult, ProposalsResult } from '../worker/types';
import { keepSelectable } from './selection';
import { exampleWorkspace } from './workspace';
import type { AppState, Language, LoadedData, LoadNotice, Workspace } from './types';
import type { ViewFilters } from './url-state';

/** A finished build, as the store hands it over. */
export type Built = Extract<BuildResult, { ok: true }>;

export function initialState(language: Language = 'nb'): AppState {
  return {
    status: 'loading',
    loadId: 0,
    pendingFiles: 0,
    workspace: exampleWorkspace(),
    data: null,
    error: null,
    notice: null,
    storage: { kind: 'unknown' },
    mappingMemory: {},
    selection: EMPTY_SELECTION,
    hover: null,
    anonymised: false,
    seenNames: new Map(),
    language,
    minShared: 1,
    orgSort: 'name.asc',
    partnerMode: 'similar',
    viewFilters: {},
  };
}

/**
 * A build started. `files` > 0 means files are being read (the busy message counts them, and old
 * messages go); 0 means a rebuild after a choice, which keeps the notice on screen.
 */
export function loadStarted(state: AppState, files: number): AppState {
  return {
    ...state,
    status: 'loading',
    loadId: state.loadId + 1,
    pendingFiles: files,
    error: null,
    notice: files > 0 ? null : state.notice,
  };
}

/** Where shown data came from: built now, or the build cache, and its key there. */
export interface BuildOrigin {
  readonly builtFrom: LoadedData['builtFrom'];
  readonly cacheKey: string | null;
}

const BUILT_NOW: BuildOrigin = { builtFrom: 'build', cacheKey: null };

/** The build of the open workspace finished (maybe its first phase): its data replaces what was shown. */
export function loadSucceeded(
  state: AppState,
  loadId: number,
  built: Built,
  notice: LoadNotice | null = null,
  origin: BuildOrigin = BUILT_NOW,
): AppState {
  if (loadId !== state.loadId) return state;
  const { workspace } = state;
  const { dataset, analysis, model, proposals, previews, files } = built;
  const { buildId, metricsPending, proposalsPending } = built;
  const sameData =
    state.data?.source === workspace.source && state.data.workspaceId === workspace.id;
  // A choice (mapping, decision) keeps what the user was looking at, if it still exists: page
  // ids are stable within a workspace, so the selection is kept and unknown ids dropped.
  const next: AppState = {
    ...state,
    status: 'ready',
    pendingFiles: 0,
    error: null,
    data: {
      workspaceId: workspace.id,
      dataset,
      analysis,
      model,
      source: workspace.source,
      files: workspace.files.map((f) => f.name),
      proposals,
      previews,
      reads: files,
      buildId,
      metricsPending,
      proposalsPending,
      builtFrom: origin.builtFrom,
      cacheKey: origin.cacheKey,
    },
    selection: sameData ? state.selection : EMPTY_SELECTION,
    hover: null,
    seenNames: withNames(state.seenNames, dataset),
    minShared: sameData ? state.minShared : 1,
    // Filters name page ids of this data (clusters, counties): another workspace starts afresh.
    viewFilters: sameData ? state.viewFilters : {},
    notice: notice ?? state.notice,
  };
  return keepSelectable(next);
}

/** The names remembered, plus every organisation of the dataset (its spelling now wins). */
function withNames(seen: ReadonlyMap<OrgId, string>, dataset: Dataset): ReadonlyMap<OrgId, string> {
  const next = new Map(seen);
  for (const org of dataset.organisations) next.set(org.id, org.name);
  return next;
}

/** Another workspace was built and opens with its data in one step (no half-open state). */
export function workspaceBuilt(
  state: AppState,
  loadId: number,
  workspace: Workspace,
  built: Built,
  notice: LoadNotice | null = null,
  origin: BuildOrigin = BUILT_NOW,
): AppState {
  if (loadId !== state.loadId) return state;
  const opened = workspaceOpened(state, workspace);
  return loadSucceeded(opened, opened.loadId, built, notice, origin);
}

/**
 * The shown data, if it is still that of the worker's build `buildId` (ids are unique across
 * worker restarts, see pipeline-api.ts), even while a later load is under way: that load may be
 * cancelled, and the data shown must not stay half made.
 */
function shownBuild(state: AppState, buildId: number): LoadedData | null {
  const data = state.data;
  if (!data || data.buildId !== buildId || data.builtFrom !== 'build') return null;
  return data.workspaceId === state.workspace.id ? data : null;
}

/** The second phase's organisation metrics landed: into the analysis and the model's columns. */
export function metricsArrived(state: AppState, result: MetricsResult): AppState {
  const data = shownBuild(state, result.buildId);
  if (!data || !data.metricsPending) return state;
  return {
    ...state,
    data: {
      ...data,
      analysis: withOrganisationMetrics(data.analysis, result),
      model: {
        ...data.model,
        metrics: { ...data.model.metrics, organisations: result.columns },
      },
      metricsPending: false,
    },
  };
}

/** The second phase's organisation metrics are this far (tasks done, of all). */
export function metricsProgressed(
  state: AppState,
  buildId: number,
  done: number,
  total: number,
): AppState {
  const data = shownBuild(state, buildId);
  if (!data || !data.metricsPending || total <= 0) return state;
  return { ...state, data: { ...data, metricsProgress: { done, total } } };
}

/** The second phase's proposals landed, in place of the provisional ones. */
export function proposalsArrived(state: AppState, result: ProposalsResult): AppState {
  const data = shownBuild(state, result.buildId);
  if (!data || !data.proposalsPending) return state;
  return {
    ...state,
    data: { ...data, proposals: result.proposals, proposalsPending: false },
  };
}

/**
 * The second phase failed (the worker died): nothing is pending any more, the message shows,
 * and the counts and lists already shown stay (the metrics read as not computed).
 */
export function secondPhaseFailed(state: AppState, buildId: number, message: string): AppState {
  const data = shownBuild(state, buildId);
  if (!data) return state;
  return {
    ...state,
    error: message,
    data: { ...data, metricsPending: false, proposalsPending: false },
  };
}

/** Files that gave nothing usable on top of the example data: the example stays, the reasons show. */
export function nothingUsable(state: AppState, loadId: number, built: Built): AppState {
  if (loadId !== state.loadId) return state;
  return {
    ...state,
    status: 'ready',
    pendingFiles: 0,
    error: null,
    notice: { kind: 'nothing-usable', rejected: built.dataset.report.rejected },
  };
}

export function loadFailed(state: AppState, loadId: number, message: string): AppState {
  if (loadId !== state.loadId) return state;
  return { ...state, status: 'error', pendingFiles: 0, error: message };
}

/** A workspace opened (new, example, restored): builds of the one before no longer land. */
export function workspaceOpened(state: AppState, workspace: Workspace): AppState {
  return {
    ...state,
    workspace,
    loadId: state.loadId + 1,
    selection: EMPTY_SELECTION,
    hover: null,
    notice: null,
    error: null,
  };
}

/** The workspace changed in place (a choice was made); the rebuild follows. */
export function workspaceChanged(state: AppState, workspace: Workspace): AppState {
  return state.workspace === workspace ? state : { ...state, workspace };
}

export function storageWorks(state: AppState): AppState {
  return state.storage.kind === 'ok' ? state : { ...state, storage: { kind: 'ok' } };
}

/** Storage failed: say so once (the first message is the telling one); the app goes on in memory. */
export function storageFailed(state: AppState, message: string): AppState {
  return state.storage.kind === 'failed'
    ? state
    : { ...state, storage: { kind: 'failed', message } };
}

export function mappingRemembered(
  state: AppState,
  signature: string,
  mapping: ColumnMapping,
): AppState {
  return { ...state, mappingMemory: { ...state.mappingMemory, [signature]: mapping } };
}

export function mappingMemoryLoaded(
  state: AppState,
  memory: Readonly<Record<string, ColumnMapping>>,
): AppState {
  return { ...state, mappingMemory: { ...memory, ...state.mappingMemory } };
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

export function setLanguage(state: AppState, language: Language): AppState {
  return state.language === language ? state : { ...state, language };
}

/** Sets the map's minimum-shared filter (whole numbers from 1); drops a selected edge it hides. */
export function setMinShared(state: AppState, value: number): AppState {
  const minShared = Math.max(1, Math.floor(Number.isFinite(value) ? value : 1));
  return keepSelectable({ ...state, minShared });
}

/** Turns the anonymised labels on or off (see display-name.ts). */
export function setAnonymised(state: AppState, anonymised: boolean): AppState {
  return state.anonymised === anonymised ? state : { ...state, anonymised };
}

/** The smallest group listed by name when anonymised: a whole number from 1 to 1 000. */
export function setMinGroup(state: AppState, k: number): AppState {
  const minGroup = Math.min(1000, Math.max(1, Math.floor(Number.isFinite(k) ? k : 1)));
  return state.minGroup === minGroup ? state : { ...state, minGroup };
}

/** Anonymised: clusters named "Klynge 3" too, or by their (public) names. */
export function setHideClusterNames(state: AppState, hideClusterNames: boolean): AppState {
  return (state.hideClusterNames ?? false) === hideClusterNames
    ? state
    : { ...state, hideClusterNames };
}

export function setOrgSort(state: AppState, orgSort: string): AppState {
  return state.orgSort === orgSort ? state : { ...state, orgSort };
}

export function setPartnerMode(state: AppState, partnerMode: AppState['partnerMode']): AppState {
  return state.partnerMode === partnerMode ? state : { ...state, partnerMode };
}
/** Sets the views' filters (one or several); undefined puts a filter back to its default. */
export function setViewFilters(state: AppState, filters: ViewFilters): AppState {
  const next: Record<string, unknown> = { ...state.viewFilters };
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  return { ...state, viewFilters: next as ViewFilters };
}

/** Replaces every view filter (the URL leads: what it does not name goes back to default). */
export const replaceViewFilters = (state: AppState, filters: ViewFilters): AppState => ({
  ...state,
  viewFilters: filters,
});
