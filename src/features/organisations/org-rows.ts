/**
 * The organisations table as data (pure): one row per organisation of the page model, with what
 * the table shows and what the search matches (name, aliases, organisation number: folded for
 * case and accents), the filters (clusters >= k, the 1 / 2 / 3 / 4+ bucket, county, member type,
 * cluster, and the clusters selected elsewhere) and the histogram of the bucket bars.
 */
import type { MemberType, OrgId, Organisation } from '../../domain/membership/types';
import type { PageClusterId, PageCountyId, PageOrgId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';

export type OrgBucket = '1' | '2' | '3' | '4plus';
export const BUCKETS: readonly OrgBucket[] = ['1', '2', '3', '4plus'];
export const BUCKET_LABELS: Readonly<Record<OrgBucket, string>> = {
  '1': '1',
  '2': '2',
  '3': '3',
  '4plus': '4+',
};

export interface OrgRow {
  readonly id: PageOrgId;
  readonly name: string;
  readonly orgNumber?: string;
  readonly county: PageCountyId;
  readonly type?: MemberType;
  readonly clusters: readonly PageClusterId[];
  /** Folded name, aliases and number, '\n'-separated: what the search looks in. */
  readonly haystack: string;
  /** Folded name, for ranking matches that start with the query. */
  readonly folded: string;
}

const FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  œ: 'oe',
};

const ASCII = /^[\x20-\x7e]*$/;
const NOT_ALNUM = /[^a-z0-9]+/g;

/**
 * Text as the search compares it: lower case, accents dropped (é -> e, å -> a, ø -> o, æ -> ae),
 * punctuation and runs of spaces as one space, trimmed.
 */
export function foldSearch(text: string): string {
  // Most names are plain ASCII: skip the Unicode steps for them (100 000 names in one task).
  if (ASCII.test(text)) return text.toLowerCase().replace(NOT_ALNUM, ' ').trim();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæßđłœ]/g, (ch) => FOLDS[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The digits of a query that is an organisation number (spaces, dots allowed), else ''. */
export function numberQuery(text: string): string {
  const digits = text.replace(/[\s.-]/g, '');
  return /^\d{3,}$/.test(digits) ? digits : '';
}

export interface RowOptions {
  readonly nameOf: (id: PageOrgId) => string;
  /** Anonymised: numbers and aliases are neither shown nor searched. */
  readonly anonymised: boolean;
  readonly organisation: (id: PageOrgId) => Organisation | undefined;
}

/**
 * The row of the i-th organisation (in the model's order), one at a time: the table builds its
 * 100 000 rows in slices. Every row has the same fields (absent ones undefined), one shape.
 */
export function orgRowMaker(
  model: PageModel,
  options: RowOptions,
): { readonly total: number; readonly make: (index: number) => OrgRow } {
  const make = (index: number): OrgRow => {
    const id = model.orgOrder[index]!;
    const page = model.organisations.get(id)!;
    const org = options.organisation(id);
    const name = options.nameOf(id);
    const orgNumber = options.anonymised ? undefined : page.orgNumber || undefined;
    const aliases = options.anonymised ? undefined : org?.aliases;
    const folded = foldSearch(name);
    let haystack = folded;
    if (aliases) for (const alias of aliases) haystack += '\n' + foldSearch(alias);
    haystack += '\n' + (orgNumber ?? '');
    return {
      id,
      name,
      orgNumber,
      county: page.county,
      type: org?.type || undefined,
      clusters: model.clustersOf.get(id) ?? [],
      haystack,
      folded,
    };
  };
  return { total: model.orgOrder.length, make };
}

export function orgRows(model: PageModel, options: RowOptions): OrgRow[] {
  const { total, make } = orgRowMaker(model, options);
  const rows = new Array<OrgRow>(total);
  for (let i = 0; i < total; i++) rows[i] = make(i);
  return rows;
}

/** The internal organisations of a model's page ids (for aliases and types). */
export function organisationLookup(
  model: PageModel,
  byId: ReadonlyMap<OrgId, Organisation>,
): (id: PageOrgId) => Organisation | undefined {
  return (id) => {
    const internal = model.internalOrg.get(id);
    return internal === undefined ? undefined : byId.get(internal);
  };
}

export function matchesSearch(row: OrgRow, query: string): boolean {
  return searchMatcher(query)(row);
}

/** The search as a test of a row, the query folded once (not once per row of 100 000). */
export function searchMatcher(query: string): (row: OrgRow) => boolean {
  const folded = foldSearch(query);
  if (folded === '') return () => true;
  const digits = numberQuery(query);
  return (row) =>
    row.haystack.includes(folded) || (digits !== '' && (row.orgNumber ?? '').includes(digits));
}

export const bucketOf = (clusters: number): OrgBucket | null =>
  clusters <= 0 ? null : clusters >= 4 ? '4plus' : (String(clusters) as OrgBucket);

export interface OrgFilter {
  readonly minClusters: number;
  readonly bucket: OrgBucket | '';
  readonly county: string;
  readonly type: MemberType | 'none' | '';
  readonly cluster: string;
  /** Clusters selected elsewhere: rows must be members of every one. */
  readonly selectedClusters: readonly PageClusterId[];
}

export const NO_FILTER: OrgFilter = {
  minClusters: 0,
  bucket: '',
  county: '',
  type: '',
  cluster: '',
  selectedClusters: [],
};

/** Whether a row passes the filter; `skip` leaves out the bucket (for the histogram's counts). */
export function passes(row: OrgRow, f: OrgFilter, skipBucket = false): boolean {
  const n = row.clusters.length;
  if (n < f.minClusters) return false;
  if (!skipBucket && f.bucket !== '' && bucketOf(n) !== f.bucket) return false;
  if (f.county !== '' && row.county !== f.county) return false;
  if (f.type !== '' && (row.type ?? 'none') !== f.type) return false;
  if (f.cluster !== '' && !row.clusters.includes(f.cluster as PageClusterId)) return false;
  for (const c of f.selectedClusters) if (!row.clusters.includes(c)) return false;
  return true;
}

export function filterRows(rows: readonly OrgRow[], f: OrgFilter, query = ''): OrgRow[] {
  const matches = searchMatcher(query);
  return rows.filter((r) => passes(r, f) && matches(r));
}

/** Organisations per bucket among the rows passing every filter but the bucket itself. */
export function histogram(rows: readonly OrgRow[], f: OrgFilter): Record<OrgBucket, number> {
  const counts: Record<OrgBucket, number> = { '1': 0, '2': 0, '3': 0, '4plus': 0 };
  for (const row of rows) {
    if (!passes(row, f, true)) continue;
    const bucket = bucketOf(row.clusters.length);
    if (bucket) counts[bucket] += 1;
  }
  return counts;
}

/** The row Enter lands on: the first whose name starts with the query, else the first shown. */
export function bestMatch(rows: readonly OrgRow[], query: string): OrgRow | undefined {
  const folded = foldSearch(query);
  if (folded === '') return undefined;
  return rows.find((r) => r.folded.startsWith(folded)) ?? rows[0];
}
