/**
 * Who is in more than one cluster: the 127 organisations of the report (94 in two, 24 in three,
 * 9 in four or more), laid out by hand so the overlap pattern of fig. 3-3 holds. The three health
 * clusters share the most; NCE Smart Energy Markets and Cluster for Applied AI clearly; Solenergi-
 * klyngen and Construction City through consultancies and universities; NF&TA only with DECOM and
 * NCCE; the nine in four or more are universities, research institutes, law firms, consultancies.
 */
import type { ClusterCode, Group } from './clusters';

/** What kind of organisation a member is; it decides its type and the shape of its name. */
export type OrgKind =
  'university' | 'institute' | 'law' | 'consultancy' | 'firm' | 'startup' | 'public' | 'investor';

export interface MultiGroup {
  readonly clusters: readonly ClusterCode[];
  /** Kinds of the organisations, one per organisation; the group's count is the list's length. */
  readonly kinds: readonly OrgKind[];
  /** Where they are, when the design needs it (Kongsbergklyngen: all in Viken). */
  readonly group?: Group;
}

const times = (n: number, kind: OrgKind): OrgKind[] => Array<OrgKind>(n).fill(kind);

/** Four or more clusters: two in five, seven in four. */
export const FOUR_PLUS: readonly MultiGroup[] = [
  { clusters: ['NHT', 'OCC', 'TLSC', 'AAI', 'EDTECH'], kinds: ['university'], group: 'oslo' },
  { clusters: ['SOL', 'H2', 'EV', 'SEM', 'CC'], kinds: ['institute'], group: 'viken' },
  { clusters: ['NHT', 'OCC', 'EV', 'CC'], kinds: ['law'], group: 'oslo' },
  { clusters: ['NHT', 'TLSC', 'SEM', 'EDTECH'], kinds: ['law'], group: 'oslo' },
  { clusters: ['SOL', 'CC', 'EV', 'SEM'], kinds: ['consultancy'], group: 'oslo' },
  { clusters: ['AAI', 'SEM', 'EDTECH', 'NHT'], kinds: ['consultancy'], group: 'viken' },
  { clusters: ['SOL', 'H2', 'EV', 'DECOM'], kinds: ['institute'], group: 'other' },
  { clusters: ['VTK', 'SAMS', 'KB', 'AAI'], kinds: ['university'], group: 'viken' },
  { clusters: ['NHT', 'OCC', 'TLSC', 'SOL'], kinds: ['institute'], group: 'other' },
];

export const THREE: readonly MultiGroup[] = [
  {
    clusters: ['NHT', 'OCC', 'TLSC'],
    kinds: [
      ...times(4, 'firm'),
      ...times(2, 'startup'),
      'consultancy',
      'law',
      'institute',
      'investor',
    ],
  },
  { clusters: ['SEM', 'AAI', 'DECOM'], kinds: ['consultancy', 'institute', 'firm'] },
  { clusters: ['SEM', 'AAI', 'EV'], kinds: ['firm'] },
  { clusters: ['SOL', 'CC', 'EV'], kinds: ['consultancy', 'consultancy', 'university'] },
  { clusters: ['NFTA', 'DECOM', 'NCCE'], kinds: ['firm', 'consultancy'] },
  { clusters: ['SOL', 'H2', 'EV'], kinds: ['firm', 'institute'] },
  { clusters: ['VTK', 'SAMS', 'KB'], kinds: ['firm'], group: 'viken' },
  { clusters: ['CC', 'NCCE', 'DECOM'], kinds: ['firm'] },
  { clusters: ['EDTECH', 'AAI', 'NHT'], kinds: ['startup'] },
];

/** Two clusters: pairs and how many share them; kinds are drawn (see DOUBLE_KINDS). */
export const TWO: readonly (readonly [ClusterCode, ClusterCode, number])[] = [
  ['NHT', 'OCC', 14],
  ['NHT', 'TLSC', 10],
  ['OCC', 'TLSC', 8],
  ['SEM', 'AAI', 10],
  ['SOL', 'CC', 8],
  ['EV', 'SEM', 4],
  ['EV', 'H2', 5],
  ['NFTA', 'NCCE', 6],
  ['NFTA', 'DECOM', 3],
  ['DECOM', 'NCCE', 3],
  ['SOL', 'EV', 2],
  ['CC', 'NCCE', 3],
  ['VTK', 'SAMS', 2],
  ['VTK', 'KB', 1],
  ['EDTECH', 'AAI', 3],
  ['NHT', 'AAI', 2],
  ['CC', 'EV', 3],
  ['SOL', 'H2', 2],
  ['VTK', 'EV', 2],
  ['EDTECH', 'NHT', 2],
  ['NCCE', 'EV', 1],
];

/**
 * Kinds of organisations in two clusters: firms and startups, with the usual connectors. Startups
 * are many here so that the type shares hold both per organisation and per membership.
 */
export const DOUBLE_KINDS: readonly (readonly [OrgKind, number])[] = [
  ['firm', 38],
  ['startup', 30],
  ['consultancy', 12],
  ['institute', 4],
  ['law', 4],
  ['university', 1],
  ['public', 6],
  ['investor', 5],
];
