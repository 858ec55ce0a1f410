/**
 * The one app store (zustand) and the actions that change it. Components read with
 * `useAppState(selector)` and change state only through `actions`; every change is one of the
 * pure functions in reducers.ts / workspace.ts. The workspace actions (workspace-actions.ts) ask
 * the worker to rebuild and save the workspace in IndexedDB.
 */
import { useContext, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { createPipelineClient, type PipelineClient } from '../worker/client';
import type { PartnerRequest } from '../worker/partners';
import { createIndexedDbStorage, openDatabase } from './persistence/indexeddb-store';
import { savedWorkNoticed } from './load-progress';
import { setMapSettings, type MapSettings } from './map-settings';
import * as reduce from './reducers';
import * as sel from './selection';
import type { SelectMode } from '../domain/page/selection';
import type { AppState, Language, Selection, SelectionItem } from './types';
import type { ViewFilters } from './url-state';
import { createWorkspaceActions, type WorkspaceChannel } from './workspace-actions';
import { HeldState } from './held-state';

export type { ExampleSource } from './workspace-actions';

const store = createStore<AppState>()(() => reduce.initialState());

let client: PipelineClient | null = null;
const pipeline = () => (client ??= createPipelineClient());

/** The worker's questions about the last build (the county views ask them; see worker/county-api.ts). */
export const countyQueries = (): PipelineClient['county'] => pipeline().county;

const holdStill = () => () => {};

/**
 * The state, or what `selector` picks of it. Inside a hidden tab panel (held-state.ts) it is the
 * state as it was when the panel was hidden: a new build or selection re-renders only what is
 * shown, and a hidden panel catches up when it is shown again.
 */
export function useAppState<T>(selector: (state: AppState) => T): T {
  const held = useContext(HeldState);
  const snapshot = () => selector(held ?? store.getState());
  return useSyncExternalStore(held ? holdStill : store.subscribe, snapshot, snapshot);
}

export const getAppState = (): AppState => store.getState();

/** Calls `listener` after every change of the state (for the URL sync, outside React). */
export const subscribeAppState = (listener: (state: AppState) => void): (() => void) =>
  store.subscribe(listener);

/**
 * Resolves once the data shown has no second phase pending (the organisation metrics and the
 * proposals of its build are in), so an export made during one still has them.
 */
export function dataComplete(): Promise<void> {
  const complete = (s: AppState) => !s.data || (!s.data.metricsPending && !s.data.proposalsPending);
  if (complete(store.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.subscribe((s) => {
      if (!complete(s)) return;
      stop();
      resolve();
    });
  });
}

const apply = (change: (state: AppState) => AppState) =>
  store.setState(change(store.getState()), true);

/** How long the app waits for IndexedDB to open before it goes on in memory. */
const STORAGE_TIMEOUT_MS = 5000;

async function openStorage() {
  if (typeof indexedDB === 'undefined') {
    throw new Error('this browser offers no IndexedDB storage');
  }
  // Some browsers leave the open request unanswered (e.g. a blocked upgrade): do not wait forever.
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`IndexedDB did not answer within ${STORAGE_TIMEOUT_MS / 1000} s`)),
      STORAGE_TIMEOUT_MS,
    ),
  );
  return createIndexedDbStorage(await Promise.race([openDatabase(), timeout]));
}

/** The other tabs of this app on the same workspace, through a BroadcastChannel named by its id. */
function channel(workspaceId: string): WorkspaceChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, listen() {}, close() {} };
  const bc = new BroadcastChannel(`klyngekart:workspace:${workspaceId}`);
  return {
    post: (revision) => bc.postMessage({ revision }),
    listen(onRevision) {
      bc.onmessage = (event: MessageEvent<unknown>) => {
        const revision = (event.data as { revision?: unknown } | null)?.revision;
        if (typeof revision === 'number') onRevision(revision);
      };
    },
    close: () => bc.close(),
  };
}

const workspace = createWorkspaceActions({
  getState: getAppState,
  apply,
  pipeline,
  openStorage,
  channel,
});

export const actions = {
  ...workspace,
  /** Selects an item by page id: alone ('replace', the default) or toggled in its set. */
  select: (item: SelectionItem, mode?: SelectMode) => apply((s) => sel.select(s, item, mode)),
  setSelection: (selection: Selection) => apply((s) => sel.setSelection(s, selection)),
  clearSelection: () => apply(sel.clearSelection),
  setHover: (item: SelectionItem | null) => apply((s) => sel.setHover(s, item)),
  setAnonymised: (on: boolean) => apply((s) => reduce.setAnonymised(s, on)),
  setMinGroup: (k: number) => apply((s) => reduce.setMinGroup(s, k)),
  setHideClusterNames: (on: boolean) => apply((s) => reduce.setHideClusterNames(s, on)),
  setLanguage: (language: Language) => apply((s) => reduce.setLanguage(s, language)),
  setMinShared: (value: number) => apply((s) => reduce.setMinShared(s, value)),
  setOrgSort: (value: string) => apply((s) => reduce.setOrgSort(s, value)),
  setPartnerMode: (mode: AppState['partnerMode']) => apply((s) => reduce.setPartnerMode(s, mode)),
  /** Changes some of the views' filters (url-state.ts FILTERS); undefined = back to default. */
  setViewFilters: (filters: ViewFilters) => apply((s) => reduce.setViewFilters(s, filters)),
  replaceViewFilters: (filters: ViewFilters) => apply((s) => reduce.replaceViewFilters(s, filters)),
  setMapSettings: (change: Partial<MapSettings>) => apply((s) => setMapSettings(s, change)),
  dismissNotice: () => apply(reduce.dismissNotice),
  dismissSavedWork: () => apply((s) => savedWorkNoticed(s, null)),
  /** The partner finder, in the worker, on the data shown (worker/partners.ts). */
  findPartners: (request: PartnerRequest) => pipeline().partners(request),
};
