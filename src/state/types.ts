/**
 * The shape of the app state: the workspace (the user's files and every choice made about them),
 * where the data built from it stands (loading, ready, error), the dataset with its analysis,
 * merge proposals and table previews, what the user selected and which language the UI speaks.
 */
import type { Analysis } from '../domain/analysis/types';
import type { Placement } from '../domain/geo/types';
import type { ColumnMapping } from '../domain/membership/column-mapping';
import type { RecognitionDecision } from '../domain/membership/decisions';
import type { MergeProposal } from '../domain/membership/proposals';
import type { RegisterEntry } from '../domain/membership/register';
import type { Dataset, OrgId, Rejection } from '../domain/membership/types';
import type { PageModel } from '../domain/page/model';
import type { Selection, SelectionItem } from '../domain/page/selection-types';
import type { FileStatus, TablePreview } from '../worker/types';

import type { Language } from '../domain/i18n/language';
import type { ViewFilters } from './url-state';
import type { MapSettings } from './map-settings';

export type { Language };

export type Status = 'loading' | 'ready' | 'error';

/** The bundled example data, or files the user loaded. Only the example marks inferred clusters. */
export type DataSource = 'default' | 'files';

/** Where a table's mapping came from: the user chose it, or it was remembered from a file with the same headers. */
export type MappingOrigin = 'user' | 'remembered';

/**
 * A view the user named and saved: the page's URL hash for it (view, selection, filters,
 * measure, scheme: opaque ids and settings only, see url-state.ts), so opening it is following
 * that link, and its link is the app's address with this hash.
 */
export interface SavedView {
  /** Random, stable: what rename, delete and reorder refer to. */
  readonly id: string;
  readonly name: string;
  /** The canonical URL hash (serialiseUrlHash), with the leading '#'. */
  readonly hash: string;
}

export interface WorkspaceFile {
  readonly name: string;
  readonly size: number;
}

/**
 * Everything the user brought and decided: the files (their bytes live beside it, in memory and
 * IndexedDB) and the choices replayed on every rebuild. The example workspace is never stored.
 */
export interface Workspace {
  /** 'example' for the bundled default data, else a uuid. */
  readonly id: string;
  readonly source: DataSource;
  readonly files: readonly WorkspaceFile[];
  /** Key: tableKey(table) from build-dataset.ts. */
  readonly mappings: Readonly<Record<string, ColumnMapping>>;
  /** Replayed in order; undo = remove. */
  readonly decisions: readonly RecognitionDecision[];
  /** Key: OrgId; manual placement (via 'manual'). */
  readonly placements: Readonly<Record<string, Placement>>;
  /** Key: organisation number. */
  readonly register: Readonly<Record<string, RegisterEntry>>;
  /** Key: tableKey; how each mapping in `mappings` came about (absent: chosen by the user). */
  readonly mappingOrigins?: Readonly<Record<string, MappingOrigin>>;
  /** When the workspace was made (ms since 1970), for listing saved workspaces. */
  readonly created?: number;
  /**
   * Random text the page ids are made with (domain/page/page-hash.ts), so ids stay the same
   * across rebuilds and reloads of this workspace and say nothing to anyone without its data.
   * Absent (a workspace saved before salts): derived from the id, see saltOf() in workspace.ts.
   */
  readonly salt?: string;
  /**
   * Saves of this workspace so far, as storage last confirmed it: a save from a tab that has not
   * seen the latest one is refused, and that tab takes the stored workspace in (absent: never saved).
   */
  readonly revision?: number;
  /** Views the user saved, in the order they are listed and presented (absent: none). */
  readonly savedViews?: readonly SavedView[];
}

export type { Selection, SelectionItem } from '../domain/page/selection-types';

export interface LoadedData {
  /** The workspace the data was built from. */
  readonly workspaceId: string;
  readonly dataset: Dataset;
  readonly analysis: Analysis;
  /** Ids, indexes and metrics by page id: what the views read (domain/page/model.ts). */
  readonly model: PageModel;
  readonly source: DataSource;
  /** The files the data was built from, in workspace order. */
  readonly files: readonly string[];
  /** Possible duplicates left to review: keep-apart pairs are filtered out (in the worker). */
  readonly proposals: readonly MergeProposal[];
  /** Per table: file, sheet, encoding, header, first rows, skipped rows, mapping in use and detected. */
  readonly previews: readonly TablePreview[];
  /** Per file: read or refused (with the reason), and remarks. */
  readonly reads: readonly FileStatus[];
  /** The worker's id of the build, for its second phase (0: from the cache). */
  readonly buildId: number;
  /** The organisation metrics are still being made (NaN in the model, none in the analysis). */
  readonly metricsPending: boolean;
  /** While they are: the share of their slowest searches done (worker tasks done, of all). */
  readonly metricsProgress?: { readonly done: number; readonly total: number };
  /** `proposals` are the last build's that still apply, until this build's are made. */
  readonly proposalsPending: boolean;
  /** Built now, or shown from the built model stored with the workspace (build-cache.ts). */
  readonly builtFrom: 'cache' | 'build';
  /** The key of the build's inputs in the build cache; null when it has none (the example). */
  readonly cacheKey: string | null;
}

/** What the last finished load has to tell the user, beyond the data itself. */
export type LoadNotice =
  | { readonly kind: 'loaded'; readonly files: number; readonly rejected: number }
  /** Nothing usable came out of the files; the previous data (if any) stays on screen. */
  | { readonly kind: 'nothing-usable'; readonly rejected: readonly Rejection[] }
  /** The user cancelled the load; the previous data (if any) stays on screen. */
  | { readonly kind: 'cancelled' };

/**
 * How far the load in progress is: which step, and for reading, files done of all; for the
 * build, once its slowest metric runs, that metric's tasks done of all (0 of 0 before).
 */
export interface LoadProgress {
  /** The load it belongs to (AppState.loadId); an older one's progress is not shown. */
  readonly loadId: number;
  readonly step: 'read' | 'build';
  readonly done: number;
  readonly total: number;
  /** When the step started (ms since 1970), for the seconds shown. */
  readonly since: number;
}

/** What opening or saving the workspace has to tell beyond the data: it is not all there, etc. */
export type SavedWorkNotice =
  /** Files listed in the saved workspace whose bytes were not stored. */
  | { readonly kind: 'missing-files'; readonly names: readonly string[] }
  /** The saved record is from a newer app (schema version `found`; this app knows `known`). */
  | { readonly kind: 'newer'; readonly found: number; readonly known: number }
  /** Another tab changed the open workspace; its changes were taken in. */
  | { readonly kind: 'other-tab' };

/** Whether the browser's storage (IndexedDB) works; when not, the app works in memory only. */
export type StorageStatus =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ok' }
  | { readonly kind: 'failed'; readonly message: string };

export interface AppState {
  readonly status: Status;
  /** Increases with every load started; a finished load only lands if it is still the latest. */
  readonly loadId: number;
  /** Files in the load in progress (for the busy message); 0 for a rebuild after a choice. */
  readonly pendingFiles: number;
  readonly workspace: Workspace;
  readonly data: LoadedData | null;
  /** Why the last load failed (status 'error'); earlier data, if any, stays usable. */
  readonly error: string | null;
  readonly notice: LoadNotice | null;
  readonly storage: StorageStatus;
  /** Mappings remembered by header signature (headerSignature()), applied to new files. */
  readonly mappingMemory: Readonly<Record<string, ColumnMapping>>;
  /** What is selected, by page id, shared by every view. */
  readonly selection: Selection;
  /** What the pointer is over, apart from the selection (views draw it as emphasis). */
  readonly hover: SelectionItem | null;
  /** Organisations shown as "Organisasjon 17" without their numbers (see display-name.ts). */
  readonly anonymised: boolean;
  /**
   * Anonymised: a group (intersection, pair, cluster) of fewer organisations than this lists no
   * one at all, not even by pseudonym (absent: DEFAULT_MIN_GROUP in organisation-list-policy.ts).
   */
  readonly minGroup?: number;
  /** Anonymised: clusters are "Klynge 3" too (absent: false; cluster names are public). */
  readonly hideClusterNames?: boolean;
  readonly language: Language;
  /**
   * Names of organisations seen in this session's datasets, by internal id: after a merge the
   * merged-away organisation leaves the dataset, yet the list of changes still names it as the
   * user saw it. Lasts until the page reloads.
   */
  readonly seenNames: ReadonlyMap<OrgId, string>;
  /** Overlap map filter: edges with fewer shared members are hidden. */
  readonly minShared: number;
  /** The organisation metrics table's sort, "column.direction" (url-state.ts FILTERS.orgSort). */
  readonly orgSort: string;
  /** The partner finder's mode. */
  readonly partnerMode: 'similar' | 'complementary';
  /** The other views' filters and sorts (url-state.ts FILTERS); absent fields are at default. */
  readonly viewFilters: ViewFilters;
  /** The overlap map's measure, threshold, layout, colour and size (map-settings.ts). */
  readonly mapSettings?: MapSettings;
  /** The load in progress, step by step (absent or null: none reported). */
  readonly progress?: LoadProgress | null;
  readonly savedWork?: SavedWorkNotice | null;
}
