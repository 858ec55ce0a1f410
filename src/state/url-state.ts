/**
 * What the page's URL says, and back: a pure, versioned codec for the hash. The hash is the view
 * first, then the rest as `key=value` pairs, e.g. `#kart?v=1&ws=k3x9&lang=en&min=3&sel=c:c7p0q4`.
 * A bare `#kart` (the older form, and the form when nothing else is set) still opens that view.
 * Only opaque page ids go into it (cluster, organisation and county ids, pairs, intersections),
 * never a name, an organisation number or a file name, and the workspace key (an opaque token)
 * lets a link opened on another workspace be recognised as stale.
 *
 * `parseUrlHash` never throws: whatever it cannot read is left out and named in `problems`, so
 * the page can say so and go on. `serialiseUrlHash` writes the canonical form, so
 * parse(serialise(x)) = x for every valid state, and a URL we wrote compares equal to a rewrite.
 */
import type { PageClusterId, PageCountyId, PageOrgId } from '../domain/page/ids';
import { canonicalItem, selectionItems, selectionOf } from '../domain/page/selection';
import {
  EMPTY_SELECTION,
  type Selection,
  type SelectionItem,
} from '../domain/page/selection-types';
import { isLanguage, type Language } from '../domain/i18n/language';
import { FIT_VIEWPORT, roundViewport, type RelativeViewport } from '../domain/graph/viewport';

export const URL_VERSION = 1;

/** Longer hashes are not read at all: no link we write comes near it. */
export const MAX_HASH_LENGTH = 4000;

/** Page ids, view ids, measure and scheme ids and the workspace key are all of this shape. */
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
export const isUrlToken = (text: string): boolean => TOKEN.test(text);

/**
 * One filter in the URL: its key there, how to read (undefined: not valid) and write it, and the
 * default, which is left out of the URL. Views add a filter with one entry in FILTERS.
 */
export interface FilterSpec<T> {
  readonly key: string;
  readonly parse: (text: string) => T | undefined;
  readonly serialise: (value: T) => string;
  readonly fallback: T;
}

function wholeNumber(key: string, min: number, max: number, fallback: number): FilterSpec<number> {
  return {
    key,
    fallback,
    parse: (text) => {
      if (!/^\d{1,9}$/.test(text)) return undefined;
      const n = Number(text);
      return n >= min && n <= max ? n : undefined;
    },
    serialise: (value) => String(value),
  };
}

/** A non-negative number with up to 6 decimals, written with '.' (e.g. "1.25"). */
function decimalNumber(key: string, max: number, fallback: number): FilterSpec<number> {
  return {
    key,
    fallback,
    parse: (text) => {
      if (!/^\d{1,9}(\.\d{1,6})?$/.test(text)) return undefined;
      const n = Number(text);
      return n <= max ? n : undefined;
    },
    serialise: (value) => String(Math.round(value * 1e6) / 1e6),
  };
}

/** One of a fixed set of words (or, with `pattern`, any token it matches). */
function oneOf<const T extends string>(
  key: string,
  values: readonly T[],
  fallback: T,
  pattern?: RegExp,
): FilterSpec<T> {
  return {
    key,
    fallback,
    parse: (text) =>
      (values as readonly string[]).includes(text) || (pattern?.test(text) && TOKEN.test(text))
        ? (text as T)
        : undefined,
    serialise: (value) => value,
  };
}

const SCHEMES = ['2024', 'report', '2020-23', 'region'] as const;
const MODES = ['count', 'share'] as const;
/** A table's sort: a column id and a direction, "betweenness.desc". */
function tableSort(key: string, fallback: string): FilterSpec<string> {
  return {
    key,
    fallback,
    parse: (text) => (/^[A-Za-z0-9_-]{1,40}\.(asc|desc)$/.test(text) ? text : undefined),
    serialise: (value) => value,
  };
}

/** One opaque token (a page id, a sort key such as "clusters-desc"); '' is "none". */
function token(key: string): FilterSpec<string> {
  return {
    key,
    fallback: '',
    parse: (text) => (isUrlToken(text) ? text : undefined),
    serialise: (value) => value,
  };
}

/** Opaque tokens (page ids), '.'-separated; the empty list is the default. */
function tokenList(key: string): FilterSpec<readonly string[]> {
  return {
    key,
    fallback: [],
    parse: (text) => {
      const parts = text.split('.');
      return parts.length <= 64 && parts.every(isUrlToken) ? [...new Set(parts)] : undefined;
    },
    serialise: (value) => value.join('.'),
  };
}

/** The organisations view's 1 / 2 / 3 / 4+ buckets (histogram bars); '' is every organisation. */
export const ORG_BUCKETS = ['1', '2', '3', '4plus'] as const;
/** Member types, and 'none' for organisations without one; '' is every type. */
export const ORG_TYPE_FILTERS = [
  'startup',
  'established',
  'public',
  'research',
  'investor',
  'none',
] as const;

/** A ratio threshold with up to four decimals, without trailing zeros: 0.1 -> "0.1". */
function ratioNumber(key: string, fallback: number): FilterSpec<number> {
  return {
    key,
    fallback,
    parse: (text) => (/^\d{1,6}(\.\d{1,4})?$/.test(text) ? Number(text) : undefined),
    serialise: (value) => String(Math.round(value * 10_000) / 10_000),
  };
}

function urlToken(key: string, fallback: string): FilterSpec<string> {
  return {
    key,
    fallback,
    parse: (text) => (isUrlToken(text) ? text : undefined),
    serialise: String,
  };
}

/** A signed decimal of up to 4 places, as the viewport is kept (domain/graph/viewport.ts). */
const VIEWPORT_NUMBER = /^-?\d{1,6}(\.\d{1,4})?$/;
/** Zoom below this or above the other is no picture of the graph (the canvas limits are 0.02-6). */
const VIEWPORT_ZOOM = { min: 0.0001, max: 100_000 } as const;
/** The centre may be off the graph, but not further than this many graph widths. */
const VIEWPORT_REACH = 1000;

/**
 * A map's zoom and pan, relative to its graph (domain/graph/viewport.ts): "zoom,x,y", e.g.
 * "2.5,0.3125,0.61" (2.5 times the fit zoom, centred at 31 % of the graph's width and 61 % of its
 * height). The fit is the default, left out.
 */
function viewport(key: string): FilterSpec<RelativeViewport> {
  return {
    key,
    fallback: FIT_VIEWPORT,
    parse: (text) => {
      const parts = text.split(',');
      if (parts.length !== 3 || !parts.every((p) => VIEWPORT_NUMBER.test(p))) return undefined;
      const [zoom, x, y] = parts.map(Number) as [number, number, number];
      const near = (n: number) => Math.abs(n) <= VIEWPORT_REACH;
      return zoom >= VIEWPORT_ZOOM.min && zoom <= VIEWPORT_ZOOM.max && near(x) && near(y)
        ? { zoom, x, y }
        : undefined;
    },
    // Clamped into what parse accepts: a map panned far off its graph still writes a valid link.
    serialise: (value) => {
      const within = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
      const v = roundViewport({
        zoom: within(value.zoom, VIEWPORT_ZOOM.min, VIEWPORT_ZOOM.max),
        x: within(value.x, -VIEWPORT_REACH, VIEWPORT_REACH),
        y: within(value.y, -VIEWPORT_REACH, VIEWPORT_REACH),
      });
      return [v.zoom, v.x, v.y].map(String).join(',');
    },
  };
}

function flag(key: string): FilterSpec<boolean> {
  return {
    key,
    fallback: false,
    parse: (text) => (text === '1' ? true : text === '0' ? false : undefined),
    serialise: (value) => (value ? '1' : '0'),
  };
}

/** The filters the URL knows. The field names are the store's; `key` is the URL's short name. */
export const FILTERS = {
  /** The overlap map's threshold: links with fewer shared members are hidden. */
  minShared: wholeNumber('min', 1, 1_000_000, 1),
  /** The county map's threshold, in the units of the measure shown (state/county-view.ts). */
  countyMapMin: decimalNumber('kmin', 1_000_000_000, 0),
  /** County matrix: row order ('col-<unit id>': by that column's values). */
  rowSort: oneOf<'order' | 'name' | 'total' | `col-${string}`>(
    'rsort',
    ['order', 'name', 'total'],
    'order',
    /^col-[A-Za-z0-9_-]{1,40}$/,
  ),
  columnSort: oneOf('csort', ['order', 'name', 'total'] as const, 'order'),
  /** County matrix: all rows, or the report's three. */
  matrixRows: oneOf('rows', ['all', 'report'] as const, 'all'),
  /** Where members are (fig. 3-4): scheme, and counts or shares. */
  whereScheme: oneOf('wscheme', SCHEMES, 'region'),
  whereMode: oneOf('wmode', MODES, 'share'),
  /** What members are (fig. 3-2): counts or shares. */
  typeMode: oneOf('tmode', MODES, 'share'),
  /** The organisation metrics table's sort (features/org-metrics). */
  orgSort: tableSort('osort', 'name.asc'),
  /** The partner finder's mode (features/partners). */
  partnerMode: oneOf('pmode', ['similar', 'complementary'] as const, 'similar'),
  /** Intersections view (UpSet): sort, clusters involved (all-of / any-of), minimum size. */
  upsetSort: oneOf('usort', ['size', 'degree'], 'size'),
  upsetClusters: tokenList('uclusters'),
  upsetMatch: oneOf('umatch', ['any', 'all'], 'any'),
  upsetMin: wholeNumber('umin', 1, 1_000_000, 1),
  /** Organisations view: clusters >= k, histogram bucket, county, member type, cluster, sort. */
  orgMinClusters: wholeNumber('omin', 0, 1_000_000, 0),
  orgBucket: oneOf('obar', ['', ...ORG_BUCKETS], ''),
  orgCounty: token('ocounty'),
  orgType: oneOf('otype', ['', ...ORG_TYPE_FILTERS], ''),
  orgCluster: token('ocluster'),
  orgTableSort: token('tsort'),
  /** The overlap map's measure (the county views keep the URL's `measure`). */
  overlapMeasure: urlToken('om', 'shared'),
  /** The threshold on a ratio measure (Jaccard, overlap coefficient, lift). */
  minRatio: ratioNumber('mr', 0),
  /** The map's layout (force, circle, concentric) and what the rings are by. */
  mapLayout: urlToken('layout', 'force'),
  ringsBy: urlToken('rings', 'members'),
  /** What colours and sizes the nodes: 'none', 'members' or a metric id. */
  colourBy: urlToken('colour', 'none'),
  sizeBy: urlToken('size', 'members'),
  /** The member graph shows every organisation. */
  allOrgs: flag('all'),
  /** Each map's zoom and pan (overlap map, member graph, county map): the view's own filters. */
  overlapViewport: viewport('ovp'),
  memberViewport: viewport('mvp'),
  countyViewport: viewport('cvp'),
  /**
   * The anonymised mode and its smallest named group (k). A link can turn the mode on but never
   * off (url-sync.ts): showing names again is the user's own act, not a link's.
   */
  anonymised: flag('anon'),
  minGroup: wholeNumber('anonk', 1, 1000, 3),
} as const;

type FilterValue<K extends FilterName> =
  (typeof FILTERS)[K] extends FilterSpec<infer T> ? T : never;
export type FilterName = keyof typeof FILTERS;
export type Filters = { readonly [K in FilterName]?: FilterValue<K> };
/** The store fields of their own (the map's threshold, the county views, org metrics, partners). */
export const OWN_FILTER_NAMES = [
  'minShared',
  'rowSort',
  'columnSort',
  'matrixRows',
  'whereScheme',
  'whereMode',
  'typeMode',
  'orgSort',
  'partnerMode',
  'overlapMeasure',
  'minRatio',
  'mapLayout',
  'ringsBy',
  'colourBy',
  'sizeBy',
  'allOrgs',
  'anonymised',
  'minGroup',
] as const;
/** The filters views keep in the store's `viewFilters` (all but those with store fields of their own). */
export type ViewFilters = Omit<Filters, (typeof OWN_FILTER_NAMES)[number]>;
export type ViewFilterName = keyof ViewFilters;

const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

/** Everything the URL can carry; an absent field was not in the URL (or was its default). */
export interface UrlState {
  readonly view?: string;
  readonly workspace?: string;
  readonly language?: Language;
  readonly measure?: string;
  readonly scheme?: string;
  readonly filters?: Filters;
  readonly selection?: Selection;
}

export type UrlProblem =
  /** A version this app cannot read: nothing but the view was used. */
  'version' | 'too-long' | 'unknown-key' | 'bad-value' | 'unknown-view';

export interface ParsedUrl {
  readonly state: UrlState;
  /** Each kind of problem once, in the order met. */
  readonly problems: readonly UrlProblem[];
}

// Short codes for the selection's item kinds; ids cannot contain '.', so '.' separates parts.
const KIND_CODES = {
  organisation: 'o',
  cluster: 'c',
  'cluster-pair': 'cp',
  county: 'k',
  'county-pair': 'kp',
  intersection: 'i',
} as const satisfies Record<SelectionItem['kind'], string>;

function itemText(item: SelectionItem): string {
  const c = canonicalItem(item);
  const code = KIND_CODES[c.kind];
  switch (c.kind) {
    case 'organisation':
    case 'cluster':
    case 'county':
      return `${code}.${c.id}`;
    case 'cluster-pair':
      return `${code}.${c.a}.${c.b}`;
    case 'county-pair':
      return `${code}.${c.from}.${c.to}`;
    case 'intersection':
      return [code, ...c.clusters].join('.');
  }
}

function parseItem(text: string): SelectionItem | undefined {
  const [code, ...ids] = text.split('.');
  if (ids.length === 0 || !ids.every(isUrlToken)) return undefined;
  const [a, b] = ids as [string, string | undefined];
  switch (code) {
    case 'o':
      return ids.length === 1 ? { kind: 'organisation', id: a as PageOrgId } : undefined;
    case 'c':
      return ids.length === 1 ? { kind: 'cluster', id: a as PageClusterId } : undefined;
    case 'k':
      return ids.length === 1 ? { kind: 'county', id: a as PageCountyId } : undefined;
    case 'cp':
      return ids.length === 2 && a !== b
        ? canonicalItem({ kind: 'cluster-pair', a: a as PageClusterId, b: b as PageClusterId })
        : undefined;
    case 'kp':
      return ids.length === 2
        ? { kind: 'county-pair', from: a as PageCountyId, to: b as PageCountyId }
        : undefined;
    case 'i':
      return new Set(ids).size === ids.length && ids.length <= 64
        ? canonicalItem({ kind: 'intersection', clusters: ids as PageClusterId[] })
        : undefined;
    default:
      return undefined;
  }
}

const isEmpty = (s: Selection): boolean => s.focus === null && selectionItems(s).length === 0;

/** Whether a value is its filter's default (compared as written, so lists compare by content). */
const isFallback = <T>(spec: FilterSpec<T>, value: T): boolean =>
  spec.serialise(value) === spec.serialise(spec.fallback);

/** `key=value` for a filter, or undefined when absent or at its default. */
function filterText(name: FilterName, value: unknown) {
  // The mapped type loses the link between a name and its spec type; FILTERS keeps them paired.
  const spec = FILTERS[name] as unknown as FilterSpec<unknown>;
  if (value === undefined || isFallback(spec, value)) return undefined;
  return `${spec.key}=${spec.serialise(value)}`;
}

/** The hash for a state, with the leading '#'. Defaults and absent fields are left out. */
export function serialiseUrlHash(state: UrlState): string {
  const pairs: string[] = [];
  if (state.workspace !== undefined) pairs.push(`ws=${state.workspace}`);
  if (state.language !== undefined) pairs.push(`lang=${state.language}`);
  if (state.measure !== undefined) pairs.push(`measure=${state.measure}`);
  if (state.scheme !== undefined) pairs.push(`scheme=${state.scheme}`);
  for (const name of FILTER_NAMES) {
    // Each name is read with its own spec; the loop over the union loses that pairing.
    const text = filterText(name, state.filters?.[name] as never);
    if (text !== undefined) pairs.push(text);
  }
  const selection = state.selection;
  if (selection && !isEmpty(selection)) {
    const items = selectionItems(selection).map(itemText);
    if (items.length > 0) pairs.push(`sel=${items.join('~')}`);
    if (selection.focus) pairs.push(`focus=${itemText(selection.focus)}`);
  }
  const view = state.view ?? '';
  return pairs.length === 0 ? `#${view}` : `#${view}?v=${URL_VERSION}&${pairs.join('&')}`;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a hash (with or without '#'). `views` are the known view ids: another view is dropped
 * with the problem 'unknown-view'. Never throws.
 */
export function parseUrlHash(hash: unknown, views: readonly string[]): ParsedUrl {
  const problems = new Set<UrlProblem>();
  if (typeof hash !== 'string') return { state: {}, problems: ['bad-value'] };
  if (hash.length > MAX_HASH_LENGTH) return { state: {}, problems: ['too-long'] };
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const at = body.indexOf('?');
  const viewText = (decode(at < 0 ? body : body.slice(0, at)) ?? '').trim().toLowerCase();
  const state: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  if (viewText !== '') {
    if (views.includes(viewText)) state.view = viewText;
    else problems.add('unknown-view');
  }
  if (at < 0) return { state, problems: [...problems] };

  const fields = new Map<string, string>();
  for (const part of body.slice(at + 1).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? undefined : decode(part.slice(eq + 1));
    if (key === undefined || value === undefined || fields.has(key)) problems.add('bad-value');
    else fields.set(key, value);
  }
  if (fields.get('v') !== String(URL_VERSION)) {
    problems.add('version');
    return { state, problems: [...problems] };
  }
  fields.delete('v');

  const token = (key: string): string | undefined => {
    const value = fields.get(key);
    fields.delete(key);
    if (value === undefined) return undefined;
    if (isUrlToken(value)) return value;
    problems.add('bad-value');
    return undefined;
  };
  const workspace = token('ws');
  if (workspace !== undefined) state.workspace = workspace;
  const language = fields.get('lang');
  fields.delete('lang');
  if (language !== undefined) {
    if (isLanguage(language)) state.language = language;
    else problems.add('bad-value');
  }
  const measure = token('measure');
  if (measure !== undefined) state.measure = measure;
  const scheme = token('scheme');
  if (scheme !== undefined) state.scheme = scheme;

  const filters: Record<string, unknown> = {};
  for (const name of FILTER_NAMES) {
    const spec = FILTERS[name] as unknown as FilterSpec<unknown>;
    const text = fields.get(spec.key);
    fields.delete(spec.key);
    if (text === undefined) continue;
    const value = spec.parse(text);
    if (value === undefined) problems.add('bad-value');
    else if (!isFallback(spec, value)) (filters as Record<string, unknown>)[name] = value;
  }
  if (Object.keys(filters).length > 0) state.filters = filters as Filters;

  const selection = parseSelection(fields.get('sel'), fields.get('focus'), problems);
  fields.delete('sel');
  fields.delete('focus');
  if (selection) state.selection = selection;

  if (fields.size > 0) problems.add('unknown-key');
  return { state, problems: [...problems] };
}

function parseSelection(
  sel: string | undefined,
  focusText: string | undefined,
  problems: Set<UrlProblem>,
): Selection | undefined {
  if (sel === undefined && focusText === undefined) return undefined;
  const items: SelectionItem[] = [];
  for (const text of sel === undefined || sel === '' ? [] : sel.split('~')) {
    const item = parseItem(text);
    if (item) items.push(item);
    else problems.add('bad-value');
  }
  let focus: SelectionItem | null = null;
  if (focusText !== undefined) {
    focus = parseItem(focusText) ?? null;
    if (!focus) problems.add('bad-value');
  }
  const selection = selectionOf(items, focus);
  return isEmpty(selection) ? undefined : selection;
}

/** The selection's items that `known` accepts (ids of this workspace's data); focus likewise. */
export function knownSelection(
  selection: Selection,
  known: (item: SelectionItem) => boolean,
): { readonly selection: Selection; readonly dropped: number } {
  const items = selectionItems(selection);
  const kept = items.filter(known);
  const focus = selection.focus && known(selection.focus) ? selection.focus : null;
  const dropped = items.length - kept.length + (selection.focus && !focus ? 1 : 0);
  return { selection: dropped === 0 ? selection : selectionOf(kept, focus), dropped };
}

export { EMPTY_SELECTION };

/**
 * The workspace's key in URLs: an opaque token made from its id (and salt, when it has one), so
 * a link names its workspace without revealing the id (cyrb53, base 36).
 */
export function workspaceKey(id: string, salt = ''): string {
  const text = `${salt}\u0000${id}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
