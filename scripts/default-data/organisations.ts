/**
 * The synthetic organisations: who is in which clusters (overlap-design.ts), where each is
 * (Oslo / Viken / rest, then a municipality), what type it is, its name and its number. Group and
 * type counts come from balance.ts so the published shares are hit exactly, cluster by cluster
 * and over all lists, with each organisation counted once.
 */
import type { Municipality } from '../../src/domain/geo/municipalities';
import type { MemberType } from '../../src/domain/membership/types';
import { balance, type BalanceRow } from './balance';
import {
  CLUSTERS,
  GROUPS,
  MEMBER_TYPES,
  TARGETS,
  clusterSpec,
  type ClusterCode,
  type Group,
} from './clusters';
import { newOrgName, type OrgName } from './names';
import { newOrgNumber } from './org-numbers';
import { DOUBLE_KINDS, FOUR_PLUS, THREE, TWO, type OrgKind } from './overlap-design';
import { placeMember } from './places';
import { shuffled, substream, weighted, type Rng } from './prng';

export interface SyntheticOrg {
  /** The true identity: the organisation number (also where a list leaves it out). */
  readonly key: string;
  readonly orgNumber: string;
  readonly name: OrgName;
  readonly kind: OrgKind;
  readonly type: MemberType;
  readonly group: Group;
  readonly municipality: Municipality;
  readonly clusters: readonly ClusterCode[];
}

interface Draft {
  clusters: readonly ClusterCode[];
  kind?: OrgKind;
  type?: MemberType;
  group?: Group;
}

const TYPE_OF_KIND: Readonly<Record<OrgKind, MemberType>> = {
  university: 'research',
  institute: 'research',
  law: 'established',
  consultancy: 'established',
  firm: 'established',
  startup: 'startup',
  public: 'public',
  investor: 'investor',
};

function kindOfType(rng: Rng, type: MemberType): OrgKind {
  switch (type) {
    case 'established':
      return weighted<OrgKind>(rng, [
        ['firm', 88],
        ['consultancy', 8],
        ['law', 4],
      ]);
    case 'research':
      return weighted<OrgKind>(rng, [
        ['institute', 85],
        ['university', 15],
      ]);
    case 'startup':
      return 'startup';
    case 'public':
      return 'public';
    case 'investor':
      return 'investor';
  }
}

function multiDrafts(rng: Rng): Draft[] {
  const drafts: Draft[] = [];
  for (const g of [...FOUR_PLUS, ...THREE])
    for (const kind of g.kinds)
      drafts.push({ clusters: g.clusters, kind, ...(g.group ? { group: g.group } : {}) });
  for (const [a, b, n] of TWO)
    for (let i = 0; i < n; i++) {
      // Kongsbergklyngen has no investors: its links are industrial firms.
      const kind = a === 'KB' || b === 'KB' ? 'firm' : weighted(rng, DOUBLE_KINDS);
      drafts.push({ clusters: [a, b], kind });
    }
  for (const d of drafts) {
    d.type = TYPE_OF_KIND[d.kind!];
    if (d.group) continue;
    if (d.clusters.includes('KB')) d.group = 'viken';
    else {
      const specs = d.clusters.map(clusterSpec);
      d.group = weighted(
        rng,
        GROUPS.map((g) => [g, specs.reduce((s, c) => s + c.groups[g], 0)] as const),
      );
    }
  }
  return drafts;
}

/** Per cluster and column, how many of the multi-cluster drafts are there already. */
function placedCounts<T extends string>(
  drafts: readonly Draft[],
  columns: readonly T[],
  valueOf: (d: Draft) => T,
): Map<ClusterCode, number[]> {
  const counts = new Map(CLUSTERS.map((c) => [c.code, columns.map(() => 0)]));
  for (const d of drafts)
    for (const code of d.clusters) counts.get(code)![columns.indexOf(valueOf(d))]!++;
  return counts;
}

/** Column targets in memberships: unique targets plus what multi-cluster drafts count extra. */
function membershipTargets<T extends string>(
  drafts: readonly Draft[],
  columns: readonly T[],
  unique: Readonly<Record<T, number>>,
  valueOf: (d: Draft) => T,
): number[] {
  return columns.map(
    (col) =>
      unique[col] +
      drafts.filter((d) => valueOf(d) === col).reduce((s, d) => s + d.clusters.length - 1, 0),
  );
}

/** Groups and types for every single-cluster organisation, cluster by cluster. */
function singleDrafts(rng: Rng, multis: readonly Draft[]): Draft[] {
  const groupPlaced = placedCounts(multis, GROUPS, (d) => d.group!);
  const groupRows: BalanceRow[] = CLUSTERS.map((c) => ({
    label: c.name,
    size: c.size,
    preferred: GROUPS.map((g) => c.groups[g]),
    fixed: GROUPS.map((g) => c.hardGroups?.[g]),
    floor: groupPlaced.get(c.code)!,
    // Solenergiklyngen's 39 % outside Oslo and Viken must stay the largest such share.
    cap: GROUPS.map((g) => (g === 'other' ? Math.floor(c.size * 0.36) : undefined)),
  }));
  const groupCells = balance(
    groupRows,
    membershipTargets(multis, GROUPS, TARGETS.groups, (d) => d.group!),
  );

  const typePlaced = placedCounts(multis, MEMBER_TYPES, (d) => d.type!);
  const typeRows: BalanceRow[] = CLUSTERS.map((c) => ({
    label: c.name,
    size: c.size,
    preferred: MEMBER_TYPES.map((t) => c.types[t]),
    fixed: MEMBER_TYPES.map((t) => c.hardTypes?.[t]),
    // Every type at least once, so 15 of the 16 clusters have all five.
    floor: typePlaced
      .get(c.code)!
      .map((n, i) => Math.max(n, c.types[MEMBER_TYPES[i]!] > 0 ? 1 : 0)),
  }));
  const typeCells = balance(
    typeRows,
    membershipTargets(multis, MEMBER_TYPES, TARGETS.types, (d) => d.type!),
  );

  const singles: Draft[] = [];
  CLUSTERS.forEach((c, r) => {
    const groups = GROUPS.flatMap((g, i) =>
      Array<Group>(groupCells[r]![i]! - groupPlaced.get(c.code)![i]!).fill(g),
    );
    const types = MEMBER_TYPES.flatMap((t, i) =>
      Array<MemberType>(typeCells[r]![i]! - typePlaced.get(c.code)![i]!).fill(t),
    );
    if (groups.length !== types.length) throw new Error(`${c.name}: singles do not add up`);
    const shuffledTypes = shuffled(rng, types);
    groups.forEach((group, i) =>
      singles.push({ clusters: [c.code], group, type: shuffledTypes[i]! }),
    );
  });
  return singles;
}

export function buildOrganisations(seed: number): SyntheticOrg[] {
  const rng = substream(seed, 'organisations');
  const multis = multiDrafts(rng);
  const singles = singleDrafts(rng, multis);
  const drafts = [...multis, ...singles];

  const nameRng = substream(seed, 'names');
  const placeRng = substream(seed, 'places');
  const numberRng = substream(seed, 'numbers');
  const takenNames = new Set<string>();
  const takenNumbers = new Set<string>();
  return drafts.map((d) => {
    const specs = d.clusters.map(clusterSpec);
    const kind = d.kind ?? kindOfType(nameRng, d.type!);
    const orgNumber = newOrgNumber(numberRng, takenNumbers);
    return {
      key: orgNumber,
      orgNumber,
      name: newOrgName(nameRng, kind, specs[0]!.theme, takenNames),
      kind,
      type: d.type!,
      group: d.group!,
      municipality: placeMember(placeRng, d.group!, specs),
      clusters: d.clusters,
    };
  });
}
