/**
 * Keeps the URL's hash and the store in step (the codec is url-state.ts). The URL leads on
 * start and on back/forward; the store leads after that. A change of view or selection adds a
 * history entry (so back and forward go through them); a filter, the language or a rewrite of an
 * older hash replace the current entry. What the URL says about the workspace's data (filters,
 * selection) waits until the data is loaded, and is checked against the workspace key first, so
 * a link opened on another workspace is set aside with a note instead of half applied.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_LANGUAGE } from '../domain/i18n/language';
import { EMPTY_SELECTION, type Selection } from '../domain/page/selection-types';
import { isCountySchemeId } from '../domain/geo/schemes';
import {
  COUNTY_VIEW_DEFAULTS,
  getCountyView,
  isCountyMeasure,
  setCountyView,
  subscribeCountyView,
} from './county-view';
import { DEFAULT_MAP_SETTINGS, isMapLayout, isMeasureId, settingsOf } from './map-settings';
import { DEFAULT_MIN_GROUP } from './organisation-list-policy';
import { pickFor } from './persistence/state-table';
import { actions, getAppState, subscribeAppState } from './store';
import type { AppState } from './types';
import { urlSelection } from './url-sync-selection';
import { saltOf } from './workspace';
import { rememberedLanguage, rememberLanguage } from './url-sync-language';
import {
  FILTERS,
  knownSelection,
  parseUrlHash,
  serialiseUrlHash,
  workspaceKey,
  type Filters,
  OWN_FILTER_NAMES,
  type UrlProblem,
  type UrlState,
  type ViewFilters,
} from './url-state';

/** What the page tells the user about a link it could not follow in full. */
export type UrlNote = 'stale' | 'unknown';

const notes = createStore<{ note: UrlNote | null }>()(() => ({ note: null }));

export const useUrlNote = (): UrlNote | null =>
  useSyncExternalStore(notes.subscribe, () => notes.getState().note);
export const dismissUrlNote = (): void => notes.setState({ note: null });

const noteFor = (problems: readonly UrlProblem[]): UrlNote | null =>
  problems.length > 0 ? 'unknown' : null;

let views: readonly string[] = [];
let startView = '';
/** The URL's workspace-bound parts, until the data they refer to is loaded. */
let pending: UrlState | null = null;
/** Set while the URL is being applied to the store, so the store does not write it back half-way. */
let applying = false;
let written: { view: string; selection: Selection } = { view: '', selection: EMPTY_SELECTION };
const listeners = new Set<() => void>();

const emit = () => listeners.forEach((l) => l());
const hash = () => (typeof window === 'undefined' ? '' : window.location.hash);
const parse = (text: string) => parseUrlHash(text, views);

/** Subscribes to changes of the URL (our own writes, back and forward, links). */
export function subscribeUrl(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const currentView = (): string => parse(hash()).state.view ?? startView;

const readyData = (s: AppState) => (s.status === 'ready' && s.data ? s.data : null);

/** The URL the store's state calls for, on view `view`: the fields the state table puts there. */
function urlFor(s: AppState, view: string): UrlState {
  const data = readyData(s);
  const county = getCountyView();
  const map = settingsOf(s);
  const url = pickFor('url', {
    view,
    language: s.language === DEFAULT_LANGUAGE ? undefined : s.language,
    minShared: s.minShared,
    measure: county.measure === COUNTY_VIEW_DEFAULTS.measure ? undefined : county.measure,
    scheme: county.scheme === COUNTY_VIEW_DEFAULTS.scheme ? undefined : county.scheme,
    rowSort: county.rowSort,
    columnSort: county.columnSort,
    matrixRows: county.rows,
    whereScheme: county.whereScheme,
    whereMode: county.whereMode,
    typeMode: county.typeMode,
    countyMapMin: county.countyMapMin,
    orgSort: s.orgSort,
    partnerMode: s.partnerMode,
    viewFilters: s.viewFilters,
    overlapMeasure: map.measure,
    minRatio: map.minRatio,
    mapLayout: map.layout,
    ringsBy: map.ringsBy,
    colourBy: map.colourBy,
    sizeBy: map.sizeBy,
    allOrgs: map.allOrgs,
    anonymised: s.anonymised,
    minGroup: s.anonymised ? (s.minGroup ?? DEFAULT_MIN_GROUP) : undefined,
    selection: urlSelection.read(s),
  });
  const filters: Filters = {
    ...url.viewFilters,
    minShared: url.minShared,
    rowSort: url.rowSort,
    columnSort: url.columnSort,
    matrixRows: url.matrixRows,
    whereScheme: url.whereScheme,
    whereMode: url.whereMode,
    typeMode: url.typeMode,
    countyMapMin: url.countyMapMin,
    orgSort: url.orgSort,
    partnerMode: url.partnerMode,
    overlapMeasure: url.overlapMeasure,
    minRatio: url.minRatio,
    mapLayout: url.mapLayout,
    ringsBy: url.ringsBy,
    colourBy: url.colourBy,
    sizeBy: url.sizeBy,
    allOrgs: url.allOrgs,
    anonymised: url.anonymised,
    minGroup: url.minGroup,
  };
  const base: UrlState = {
    view: url.view,
    language: url.language,
    measure: url.measure,
    scheme: url.scheme,
    filters: Object.values(filters).some((v) => v !== undefined) ? filters : undefined,
    selection: url.selection,
  };
  // The workspace key goes with anything else, so a stale link is known for one.
  const withKey = data && serialiseUrlHash(base).includes('?');
  return withKey
    ? { ...base, workspace: workspaceKey(data.workspaceId, saltOf(s.workspace)) }
    : base;
}

function write(state: UrlState, mode: 'push' | 'replace'): void {
  const next = serialiseUrlHash(state);
  written = { view: state.view ?? startView, selection: state.selection ?? EMPTY_SELECTION };
  if (next === hash() || (next === `#${startView}` && hash() === '')) return;
  const url = `${window.location.pathname}${window.location.search}${next}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  emit();
}

/** Opens a view: a new history entry, the rest of the URL kept. */
export function openView(view: string): void {
  if (currentView() === view) return;
  const here = pending ? { ...parse(hash()).state } : urlFor(getAppState(), currentView());
  write({ ...here, view }, 'push');
}

/**
 * The hash of a saved view as a link into the workspace open now: its workspace key replaced by
 * this workspace's (a saved view belongs to its workspace, which may have been reopened from a
 * file under a new id; page ids follow the salt, which is kept). Unknown parts are dropped.
 */
export function linkHashFor(saved: string): string {
  const { state } = parse(saved);
  const s = getAppState();
  const data = readyData(s);
  const rebased =
    data && state.workspace !== undefined
      ? { ...state, workspace: workspaceKey(data.workspaceId, saltOf(s.workspace)) }
      : state;
  return serialiseUrlHash(rebased);
}

/**
 * The canonical hash of what is on screen now (for saving the view): the URL, which every view
 * keeps its state in, in canonical form and with the view spelled out.
 */
export const hashNow = (): string =>
  serialiseUrlHash({ ...parse(hash()).state, view: currentView() });

/** Opens a saved view: its link as a new history entry, followed like a link. */
export function openSavedHash(saved: string): void {
  const next = linkHashFor(saved);
  if (next !== hash()) {
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${window.location.search}${next}`,
    );
  }
  fromUrl();
}

function fromStore(s: AppState): void {
  if (applying || pending) return;
  const view = currentView();
  const next = urlFor(s, view);
  const sameSelection =
    serialiseUrlHash({ selection: next.selection }) ===
    serialiseUrlHash({ selection: written.selection });
  write(next, view === written.view && sameSelection ? 'replace' : 'push');
}

/** Applies the URL's filters and selection once the data they refer to is there. */
function applyPending(s: AppState): void {
  const data = readyData(s);
  if (!pending || !data) return;
  const url = pending;
  pending = null;
  let note: UrlNote | null = null;
  applying = true;
  try {
    const bound = url.filters !== undefined || url.selection !== undefined;
    if (
      bound &&
      url.workspace !== undefined &&
      url.workspace !== workspaceKey(data.workspaceId, saltOf(s.workspace))
    ) {
      note = 'stale';
    } else {
      applyFilters(url.filters ?? {});
      const wanted = url.selection ?? EMPTY_SELECTION;
      const { selection, dropped } = knownSelection(wanted, (item) =>
        urlSelection.known(getAppState(), item),
      );
      if (dropped > 0) note = 'unknown';
      urlSelection.apply(selection);
    }
  } finally {
    applying = false;
  }
  if (note) notes.setState({ note });
  // Writes the canonical form (an older or partly unknown hash becomes ours) in place.
  const view = currentView();
  written = { view, selection: urlSelection.read(getAppState()) };
  fromStore(getAppState());
}

function applyFilters(filters: Filters): void {
  const { minShared, orgSort, partnerMode } = filters;
  // The rest are the views' filters; the county views' are applied by applyCountyView.
  const own: readonly string[] = OWN_FILTER_NAMES;
  const viewFilters = Object.fromEntries(
    Object.entries(filters).filter(([name]) => !own.includes(name)),
  ) as ViewFilters;
  actions.setMinShared(minShared ?? FILTERS.minShared.fallback);
  actions.setOrgSort(orgSort ?? FILTERS.orgSort.fallback);
  actions.setPartnerMode(partnerMode ?? FILTERS.partnerMode.fallback);
  actions.replaceViewFilters(viewFilters);
  // Only ever on: a link without `anon` (an older one, another view) must not show names again.
  if (filters.anonymised) {
    actions.setAnonymised(true);
    actions.setMinGroup(filters.minGroup ?? DEFAULT_MIN_GROUP);
  }
  const layout = filters.mapLayout ?? FILTERS.mapLayout.fallback;
  const measure = filters.overlapMeasure;
  actions.setMapSettings({
    measure: measure !== undefined && isMeasureId(measure) ? measure : DEFAULT_MAP_SETTINGS.measure,
    minRatio: filters.minRatio ?? FILTERS.minRatio.fallback,
    layout: isMapLayout(layout) ? layout : DEFAULT_MAP_SETTINGS.layout,
    ringsBy: filters.ringsBy ?? FILTERS.ringsBy.fallback,
    colourBy: filters.colourBy ?? FILTERS.colourBy.fallback,
    sizeBy: filters.sizeBy ?? FILTERS.sizeBy.fallback,
    allOrgs: filters.allOrgs ?? FILTERS.allOrgs.fallback,
  });
}

/** The county views' settings from the URL (not bound to the data: applied at once). */
function applyCountyView(url: UrlState): void {
  const f = url.filters ?? {};
  setCountyView({
    measure:
      url.measure !== undefined && isCountyMeasure(url.measure)
        ? url.measure
        : COUNTY_VIEW_DEFAULTS.measure,
    scheme:
      url.scheme !== undefined && isCountySchemeId(url.scheme)
        ? url.scheme
        : COUNTY_VIEW_DEFAULTS.scheme,
    rowSort: f.rowSort ?? FILTERS.rowSort.fallback,
    columnSort: f.columnSort ?? FILTERS.columnSort.fallback,
    rows: f.matrixRows ?? FILTERS.matrixRows.fallback,
    whereScheme: f.whereScheme ?? FILTERS.whereScheme.fallback,
    whereMode: f.whereMode ?? FILTERS.whereMode.fallback,
    typeMode: f.typeMode ?? FILTERS.typeMode.fallback,
    countyMapMin: f.countyMapMin ?? FILTERS.countyMapMin.fallback,
  });
}

/** The URL changed under us (back, forward, a link, an edited address): follow it. */
function fromUrl(): void {
  const { state, problems } = parse(hash());
  const note = noteFor(problems);
  if (note) notes.setState({ note });
  if (state.language) actions.setLanguage(state.language);
  applying = true;
  try {
    applyCountyView(state);
  } finally {
    applying = false;
  }
  pending = state;
  written = { view: state.view ?? startView, selection: state.selection ?? EMPTY_SELECTION };
  applyPending(getAppState());
  emit();
}

/**
 * Starts the sync; `views` are the known view ids, the first the start view. Returns a stop
 * function. The language: the URL's, else the one remembered, else bokmål.
 */
export function startUrlSync(options: { views: readonly string[] }): () => void {
  views = options.views;
  startView = views[0] ?? '';
  const { state, problems } = parse(hash());
  const note = noteFor(problems);
  if (note) notes.setState({ note });
  const language = state.language ?? rememberedLanguage();
  if (language) actions.setLanguage(language);
  applying = true;
  try {
    applyCountyView(state);
  } finally {
    applying = false;
  }
  pending = state;
  written = { view: state.view ?? startView, selection: state.selection ?? EMPTY_SELECTION };

  let language0 = getAppState().language;
  const unsubscribe = subscribeAppState((s) => {
    if (s.language !== language0) {
      language0 = s.language;
      rememberLanguage(s.language);
    }
    if (pending) applyPending(s);
    else fromStore(s);
  });
  const unsubscribeCounty = subscribeCountyView(() => {
    if (!pending) fromStore(getAppState());
  });
  applyPending(getAppState());
  window.addEventListener('popstate', fromUrl);
  window.addEventListener('hashchange', fromUrl);
  emit();
  return () => {
    unsubscribe();
    unsubscribeCounty();
    window.removeEventListener('popstate', fromUrl);
    window.removeEventListener('hashchange', fromUrl);
  };
}
