/**
 * The ground truth written beside the tests (tests/fixtures/default-truth.json): every data row
 * of every file with the organisation it really is, the true organisations, and the aggregates
 * they give (histogram, cluster sizes, county and type shares, pairwise overlaps). Tests check the
 * files and the app against it, and it against the report's published figures.
 */
import type { CountyNumber } from '../../src/domain/geo/types';
import type { MemberType } from '../../src/domain/membership/types';
import { CLUSTERS, GROUPS, MEMBER_TYPES, clusterSpec, type Group } from './clusters';
import type { OrgKind } from './overlap-design';
import type { SyntheticOrg } from './organisations';
import { norwegianOrder, type GeneratedFile, type TruthRow } from './write-files';

export interface TruthOrganisation {
  readonly orgKey: string;
  readonly name: string;
  readonly nameKey: string;
  readonly orgNumber: string;
  readonly municipality: string;
  readonly county: CountyNumber;
  readonly type: MemberType;
  readonly kind: OrgKind;
  /** Cluster names as the app shows them (file names without extension). */
  readonly clusters: readonly string[];
}

export interface TruthCluster {
  readonly name: string;
  readonly fullName: string;
  readonly file: string;
  readonly size: number;
  readonly sizeSource: 'published' | 'estimated';
  readonly inferred: boolean;
}

/** Percentages, rounded to two decimals. */
type Shares = Readonly<Record<Group, number>>;

export interface GroundTruth {
  readonly seed: number;
  readonly note: string;
  readonly clusters: readonly TruthCluster[];
  readonly aggregates: {
    readonly organisations: number;
    readonly memberships: number;
    readonly histogram: Readonly<Record<'1' | '2' | '3' | '4' | '5' | '4+', number>>;
    readonly clusterSizes: Readonly<Record<string, number>>;
    readonly groupShares: {
      readonly all: Shares;
      readonly clusters: Readonly<Record<string, Shares>>;
    };
    readonly counties: Readonly<Record<string, number>>;
    readonly typeShares: Readonly<Record<MemberType, number>>;
    readonly typesPerCluster: Readonly<Record<string, Readonly<Record<MemberType, number>>>>;
    readonly overlaps: readonly {
      readonly a: string;
      readonly b: string;
      readonly shared: number;
    }[];
  };
  readonly organisations: readonly TruthOrganisation[];
  readonly rows: readonly TruthRow[];
}

const percent = (part: number, whole: number): number => Math.round((part / whole) * 10000) / 100;

function groupShares(orgs: readonly SyntheticOrg[]): Shares {
  const counts = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  for (const o of orgs) counts[o.group]++;
  return Object.fromEntries(GROUPS.map((g) => [g, percent(counts[g], orgs.length)])) as Shares;
}

export function buildTruth(
  seed: number,
  orgs: readonly SyntheticOrg[],
  files: readonly GeneratedFile[],
): GroundTruth {
  const name = (code: Parameters<typeof clusterSpec>[0]) => clusterSpec(code).name;
  const membersOf = new Map(
    CLUSTERS.map((c) => [c.name, orgs.filter((o) => o.clusters.includes(c.code))]),
  );
  const histogram = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '4+': 0 };
  for (const o of orgs) {
    const n = o.clusters.length;
    histogram[String(n) as '1' | '2' | '3' | '4' | '5']++;
    if (n >= 4) histogram['4+']++;
  }
  const overlaps: { a: string; b: string; shared: number }[] = [];
  CLUSTERS.forEach((a, i) =>
    CLUSTERS.slice(i + 1).forEach((b) => {
      const shared = orgs.filter(
        (o) => o.clusters.includes(a.code) && o.clusters.includes(b.code),
      ).length;
      if (shared > 0) overlaps.push({ a: a.name, b: b.name, shared });
    }),
  );
  overlaps.sort((x, y) => y.shared - x.shared || norwegianOrder(x.a + x.b, y.a + y.b));
  const counties: Record<string, number> = {};
  for (const o of orgs)
    counties[o.municipality.county] = (counties[o.municipality.county] ?? 0) + 1;
  const typeCount = (list: readonly SyntheticOrg[], t: MemberType) =>
    list.filter((o) => o.type === t).length;

  return {
    seed,
    note:
      'Synthetic default dataset: real cluster names and published totals, fictional members. ' +
      'Written by scripts/generate-default-data.ts; do not edit by hand.',
    clusters: CLUSTERS.map((c) => ({
      name: c.name,
      fullName: c.fullName,
      file: files.find((f) => f.name.startsWith(`${c.name}.`))!.name,
      size: c.size,
      sizeSource: c.sizeSource,
      inferred: c.inferred,
    })),
    aggregates: {
      organisations: orgs.length,
      memberships: orgs.reduce((s, o) => s + o.clusters.length, 0),
      histogram,
      clusterSizes: Object.fromEntries([...membersOf].map(([n, m]) => [n, m.length])),
      groupShares: {
        all: groupShares(orgs),
        clusters: Object.fromEntries([...membersOf].map(([n, m]) => [n, groupShares(m)])),
      },
      counties: Object.fromEntries(Object.entries(counties).sort(([a], [b]) => a.localeCompare(b))),
      typeShares: Object.fromEntries(
        MEMBER_TYPES.map((t) => [t, percent(typeCount(orgs, t), orgs.length)]),
      ) as Record<MemberType, number>,
      typesPerCluster: Object.fromEntries(
        [...membersOf].map(([n, m]) => [
          n,
          Object.fromEntries(MEMBER_TYPES.map((t) => [t, typeCount(m, t)])) as Record<
            MemberType,
            number
          >,
        ]),
      ),
      overlaps,
    },
    organisations: [...orgs]
      .sort((a, b) => norwegianOrder(a.name.full, b.name.full))
      .map((o) => ({
        orgKey: o.key,
        name: o.name.full,
        nameKey: o.name.key,
        orgNumber: o.orgNumber,
        municipality: o.municipality.number,
        county: o.municipality.county,
        type: o.type,
        kind: o.kind,
        clusters: o.clusters.map(name),
      })),
    rows: files.flatMap((f) => f.rows),
  };
}

/** JSON with short values on one line each, so the fixture diffs and reads well. */
export function formatJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat.length + indent.length <= 320 || value === null || typeof value !== 'object')
    return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}
