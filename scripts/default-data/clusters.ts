/**
 * The 16 clusters of the report (REPORT-FACTS.md, "The 16 clusters"): real names, published or
 * estimated sizes, where each sits, and the profiles the synthetic members are drawn from. Exact
 * figures from the report are "hard" and hit exactly; the rest are plausible preferences that the
 * balancing step bends just enough for the totals to add up.
 */
import type { MemberType } from '../../src/domain/membership/types';

export type ClusterCode =
  | 'NHT'
  | 'OCC'
  | 'TLSC'
  | 'SEM'
  | 'AAI'
  | 'DECOM'
  | 'KB'
  | 'VTK'
  | 'SOL'
  | 'CC'
  | 'NFTA'
  | 'H2'
  | 'EV'
  | 'NCCE'
  | 'EDTECH'
  | 'SAMS';

/** Where a member is, in the report's three parts: Oslo, Viken (Østfold, Akershus, Buskerud), the rest. */
export type Group = 'oslo' | 'viken' | 'other';
export const GROUPS: readonly Group[] = ['oslo', 'viken', 'other'];

export const MEMBER_TYPES: readonly MemberType[] = [
  'established',
  'startup',
  'research',
  'public',
  'investor',
];

/** Word themes for member names (see words.ts). */
export type Theme =
  | 'health'
  | 'energy'
  | 'ai'
  | 'decom'
  | 'industry'
  | 'solar'
  | 'construction'
  | 'textile'
  | 'hydrogen'
  | 'circular'
  | 'edtech';

export interface ClusterSpec {
  readonly code: ClusterCode;
  /** The name the app shows: the file name without extension. */
  readonly name: string;
  /** The longer name, where the short one is an abbreviation. */
  readonly fullName: string;
  readonly size: number;
  /** published: the report gives the number; estimated: REPORT-FACTS estimate, calibrated. */
  readonly sizeSource: 'published' | 'estimated';
  /** Not named in the report, inferred from its other chapters and public sources. */
  readonly inferred: boolean;
  /** 2024 municipality number of the cluster's seat. */
  readonly home: string;
  /** Preferred shares of members by group. */
  readonly groups: Readonly<Record<Group, number>>;
  /** Exact member counts by group, from the report's fig. 3-4 text. */
  readonly hardGroups?: Partial<Readonly<Record<Group, number>>>;
  /** How Viken members split over Østfold (31), Akershus (32), Buskerud (33). */
  readonly vikenSplit: Readonly<Record<'31' | '32' | '33', number>>;
  /** Preferred shares of member types (five-factor model). */
  readonly types: Readonly<Record<MemberType, number>>;
  /** Exact type counts (Kongsbergklyngen: no investor, the one cluster lacking a type). */
  readonly hardTypes?: Readonly<Record<MemberType, number>>;
  readonly theme: Theme;
}

const BASE_TYPES = {
  established: 0.55,
  startup: 0.29,
  research: 0.07,
  public: 0.06,
  investor: 0.03,
};
const OSLO_SPLIT = { '31': 0.2, '32': 0.6, '33': 0.2 };
const HALDEN_SPLIT = { '31': 0.65, '32': 0.25, '33': 0.1 };
const KJELLER_SPLIT = { '31': 0.15, '32': 0.7, '33': 0.15 };

export const CLUSTERS: readonly ClusterSpec[] = [
  {
    code: 'NHT',
    name: 'Norway Health Tech',
    fullName: 'Norway Health Tech',
    size: 270,
    sizeSource: 'published',
    inferred: false,
    home: '0301',
    groups: { oslo: 0.52, viken: 0.3, other: 0.18 },
    hardGroups: { oslo: 140 },
    vikenSplit: OSLO_SPLIT,
    types: { established: 0.48, startup: 0.36, research: 0.07, public: 0.06, investor: 0.03 },
    theme: 'health',
  },
  {
    code: 'OCC',
    name: 'Oslo Cancer Cluster',
    fullName: 'Oslo Cancer Cluster',
    size: 110,
    sizeSource: 'estimated',
    inferred: false,
    home: '0301',
    groups: { oslo: 0.75, viken: 0.15, other: 0.1 },
    hardGroups: { oslo: 82 },
    vikenSplit: OSLO_SPLIT,
    types: { established: 0.5, startup: 0.3, research: 0.1, public: 0.05, investor: 0.05 },
    theme: 'health',
  },
  {
    code: 'TLSC',
    name: 'The Life Science Cluster',
    fullName: 'The Life Science Cluster',
    size: 90,
    sizeSource: 'estimated',
    inferred: false,
    home: '0301',
    groups: { oslo: 0.72, viken: 0.17, other: 0.11 },
    hardGroups: { oslo: 65 },
    vikenSplit: OSLO_SPLIT,
    types: { established: 0.5, startup: 0.3, research: 0.1, public: 0.06, investor: 0.04 },
    theme: 'health',
  },
  {
    code: 'SEM',
    name: 'NCE Smart Energy Markets',
    fullName: 'NCE Smart Energy Markets',
    size: 120,
    sizeSource: 'estimated',
    inferred: false,
    home: '3101',
    groups: { oslo: 0.27, viken: 0.48, other: 0.25 },
    vikenSplit: HALDEN_SPLIT,
    types: BASE_TYPES,
    theme: 'energy',
  },
  {
    code: 'AAI',
    name: 'Cluster for Applied AI',
    fullName: 'Cluster for Applied AI',
    size: 50,
    sizeSource: 'estimated',
    inferred: false,
    home: '3101',
    groups: { oslo: 0.32, viken: 0.46, other: 0.22 },
    vikenSplit: HALDEN_SPLIT,
    types: { established: 0.52, startup: 0.32, research: 0.08, public: 0.05, investor: 0.03 },
    theme: 'ai',
  },
  {
    code: 'DECOM',
    name: 'DECOM',
    fullName: 'DECOM (dekommisjonering og gjenbruk)',
    size: 30,
    sizeSource: 'estimated',
    inferred: false,
    home: '3101',
    groups: { oslo: 0.2, viken: 0.55, other: 0.25 },
    vikenSplit: HALDEN_SPLIT,
    types: { established: 0.6, startup: 0.2, research: 0.1, public: 0.07, investor: 0.03 },
    theme: 'decom',
  },
  {
    code: 'KB',
    name: 'Kongsbergklyngen',
    fullName: 'Kongsbergklyngen',
    size: 10,
    sizeSource: 'published',
    inferred: false,
    home: '3303',
    groups: { oslo: 0, viken: 1, other: 0 },
    hardGroups: { oslo: 0, viken: 10, other: 0 },
    vikenSplit: { '31': 0, '32': 0, '33': 1 },
    types: { established: 0.7, startup: 0.1, research: 0.1, public: 0.1, investor: 0 },
    hardTypes: { established: 7, startup: 1, research: 1, public: 1, investor: 0 },
    theme: 'industry',
  },
  {
    code: 'VTK',
    name: 'Viken Teknologiklynge',
    fullName: 'Viken Teknologiklynge',
    size: 55,
    sizeSource: 'estimated',
    inferred: false,
    home: '3301',
    groups: { oslo: 0.12, viken: 0.79, other: 0.09 },
    hardGroups: { viken: 43 },
    vikenSplit: { '31': 0.15, '32': 0.3, '33': 0.55 },
    types: BASE_TYPES,
    theme: 'industry',
  },
  {
    code: 'SOL',
    name: 'Solenergiklyngen',
    fullName: 'Solenergiklyngen',
    size: 100,
    sizeSource: 'estimated',
    inferred: false,
    home: '3205',
    groups: { oslo: 0.35, viken: 0.26, other: 0.39 },
    hardGroups: { other: 39 },
    vikenSplit: KJELLER_SPLIT,
    types: BASE_TYPES,
    theme: 'solar',
  },
  {
    code: 'CC',
    name: 'Construction City',
    fullName: 'Construction City',
    size: 110,
    sizeSource: 'estimated',
    inferred: false,
    home: '0301',
    groups: { oslo: 0.62, viken: 0.22, other: 0.16 },
    vikenSplit: OSLO_SPLIT,
    types: { established: 0.62, startup: 0.22, research: 0.06, public: 0.07, investor: 0.03 },
    theme: 'construction',
  },
  {
    code: 'NFTA',
    name: 'NF&TA',
    fullName: 'NF&TA (Norwegian Fashion & Textile Agenda)',
    size: 87,
    sizeSource: 'published',
    inferred: false,
    home: '0301',
    groups: { oslo: 0.6, viken: 0.17, other: 0.23 },
    vikenSplit: OSLO_SPLIT,
    types: { established: 0.56, startup: 0.3, research: 0.05, public: 0.05, investor: 0.04 },
    theme: 'textile',
  },
  {
    code: 'H2',
    name: 'H2Cluster',
    fullName: 'H2Cluster',
    size: 45,
    sizeSource: 'estimated',
    inferred: false,
    home: '3205',
    groups: { oslo: 0.27, viken: 0.43, other: 0.3 },
    vikenSplit: KJELLER_SPLIT,
    types: BASE_TYPES,
    theme: 'hydrogen',
  },
  {
    code: 'EV',
    name: 'NCE Energy Valley',
    fullName: 'NCE Energy Valley',
    size: 200,
    sizeSource: 'estimated',
    inferred: true,
    home: '3201',
    groups: { oslo: 0.38, viken: 0.37, other: 0.25 },
    vikenSplit: { '31': 0.15, '32': 0.7, '33': 0.15 },
    types: { established: 0.6, startup: 0.26, research: 0.06, public: 0.05, investor: 0.03 },
    theme: 'energy',
  },
  {
    code: 'NCCE',
    name: 'Norsk senter for sirkulær økonomi (NCCE)',
    fullName: 'Norsk senter for sirkulær økonomi (NCCE)',
    size: 90,
    sizeSource: 'estimated',
    inferred: true,
    home: '3107',
    groups: { oslo: 0.27, viken: 0.5, other: 0.23 },
    vikenSplit: { '31': 0.6, '32': 0.3, '33': 0.1 },
    types: BASE_TYPES,
    theme: 'circular',
  },
  {
    code: 'EDTECH',
    name: 'Oslo Edtech Cluster',
    fullName: 'Oslo Edtech Cluster',
    size: 60,
    sizeSource: 'estimated',
    inferred: true,
    home: '0301',
    groups: { oslo: 0.7, viken: 0.12, other: 0.18 },
    vikenSplit: OSLO_SPLIT,
    types: { established: 0.4, startup: 0.45, research: 0.07, public: 0.05, investor: 0.03 },
    theme: 'edtech',
  },
  {
    code: 'SAMS',
    name: 'SAMS Norway',
    fullName: 'SAMS Norway',
    size: 20,
    sizeSource: 'estimated',
    inferred: true,
    home: '3303',
    groups: { oslo: 0.1, viken: 0.65, other: 0.25 },
    vikenSplit: { '31': 0.05, '32': 0.1, '33': 0.85 },
    types: BASE_TYPES,
    theme: 'industry',
  },
];

const BY_CODE = new Map(CLUSTERS.map((c) => [c.code, c]));

export function clusterSpec(code: ClusterCode): ClusterSpec {
  const spec = BY_CODE.get(code);
  if (!spec) throw new Error(`no cluster with code ${code}`);
  return spec;
}

/** Published calibration targets (REPORT-FACTS.md). */
export const TARGETS = {
  organisations: 1276,
  inTwo: 94,
  inThree: 24,
  inFourOrMore: 9,
  /** Unique organisations by group, for "all lists": 47 % Oslo, 31 % Viken. */
  groups: { oslo: 600, viken: 396, other: 280 },
  /**
   * Unique organisations by type: over half established, 29 % startups, 7 % R&D. Chosen so the
   * shares also hold within a point per membership (multi-cluster members are more often R&D).
   */
  types: { established: 703, startup: 376, research: 82, public: 77, investor: 38 },
} as const;
