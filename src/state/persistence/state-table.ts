/**
 * Where each piece of state lives, as data (after Excalidraw's APP_STATE_STORAGE_CONF): in the
 * workspace record (IndexedDB, with the files), in a saved view, in the URL, in localStorage, in
 * exports. The URL sync and the saved-view serialiser take their fields from this table, so a
 * piece of state is added to a link by changing its row, and a test reads the table to check
 * that nothing private (names, numbers, files) is marked for the URL.
 *
 * Rows name the store's fields; `transient` state (hover, loading) lives nowhere but memory.
 */

export type StateHome = 'workspace' | 'savedView' | 'url' | 'localStorage' | 'export';

export type StateRow = { readonly [H in StateHome]: boolean } & {
  /** True when the value holds text from the user's files (names, numbers, file names). */
  readonly private: boolean;
};

const row = (homes: readonly StateHome[], isPrivate = false): StateRow => ({
  workspace: homes.includes('workspace'),
  savedView: homes.includes('savedView'),
  url: homes.includes('url'),
  localStorage: homes.includes('localStorage'),
  export: homes.includes('export'),
  private: isPrivate,
});

export const STATE_TABLE = {
  // The workspace: what the user brought and decided; never in a link.
  files: row(['workspace'], true),
  mappings: row(['workspace'], true),
  mappingOrigins: row(['workspace']),
  decisions: row(['workspace'], true),
  placements: row(['workspace'], true),
  register: row(['workspace'], true),
  /** Mappings remembered by header signature, across workspaces (IndexedDB, beside them). */
  mappingMemory: row(['workspace'], true),
  savedViews: row(['workspace']),
  // How the page looks: opaque ids and settings only, so a link reveals nothing.
  view: row(['savedView', 'url']),
  selection: row(['savedView', 'url']),
  minShared: row(['savedView', 'url', 'export']),
  orgSort: row(['savedView', 'url']),
  partnerMode: row(['savedView', 'url', 'export']),
  /** The views' filters and sorts: page ids and settings, never a name or a search text. */
  viewFilters: row(['savedView', 'url', 'export']),
  measure: row(['savedView', 'url', 'export']),
  // The overlap map (state/map-settings.ts); its measure is `om` in the URL.
  overlapMeasure: row(['savedView', 'url', 'export']),
  minRatio: row(['savedView', 'url', 'export']),
  mapLayout: row(['savedView', 'url']),
  ringsBy: row(['savedView', 'url']),
  colourBy: row(['savedView', 'url', 'export']),
  sizeBy: row(['savedView', 'url', 'export']),
  allOrgs: row(['savedView', 'url']),
  scheme: row(['savedView', 'url', 'export']),
  // The county views (state/county-view.ts).
  countyMapMin: row(['savedView', 'url', 'export']),
  rowSort: row(['savedView', 'url']),
  columnSort: row(['savedView', 'url']),
  matrixRows: row(['savedView', 'url', 'export']),
  whereScheme: row(['savedView', 'url', 'export']),
  whereMode: row(['savedView', 'url', 'export']),
  typeMode: row(['savedView', 'url', 'export']),
  language: row(['url', 'localStorage', 'export']),
  anonymised: row(['savedView', 'url', 'export']),
  minGroup: row(['savedView', 'url', 'export']),
  // Only in memory.
  hover: row([]),
  status: row([]),
  notice: row([]),
} as const satisfies Record<string, StateRow>;

export type StateKey = keyof typeof STATE_TABLE;

/** The pieces of state kept in `home`, in table order. */
export function stateKeysIn(home: StateHome): StateKey[] {
  return (Object.keys(STATE_TABLE) as StateKey[]).filter((k) => STATE_TABLE[k][home]);
}

export const storedIn = (key: StateKey, home: StateHome): boolean => STATE_TABLE[key][home];

/** Keeps only the fields of `values` that the table puts in `home` (for the serialisers). */
export function pickFor<T extends Partial<Record<StateKey, unknown>>>(
  home: StateHome,
  values: T,
): Partial<T> {
  const picked: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T & StateKey)[]) {
    if (key in STATE_TABLE && storedIn(key, home)) picked[key] = values[key];
  }
  return picked;
}
