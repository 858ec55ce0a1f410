/**
 * County links: a five-organisation example worked by hand under every scheme, the placement
 * rules for Viken and Vestfold og Telemark, the cluster filter, and properties against a
 * brute-force enumeration of organisation pairs on random datasets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { CountyNumber, Placement } from '../../../src/domain/geo/types';
import {
  COUNTY_SCHEME_IDS,
  type CountySchemeId,
  countyScheme,
  schemePlacer,
} from '../../../src/domain/geo/schemes';
import { computeCountyLinkMatrix } from '../../../src/domain/graph/county-links';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import type { ClusterId, Dataset } from '../../../src/domain/membership/types';
import { makeDataset, type OrgSpec } from '../analysis/make-dataset';

type Where = CountyNumber | 'abroad' | 'unknown' | 'viken' | 'vt' | 'herøy';

function place(where: Where): Placement {
  switch (where) {
    case 'abroad':
      return { kind: 'abroad', via: 'manual' };
    case 'unknown':
      return { kind: 'unknown', reason: { code: 'place.nothing' } };
    case 'viken':
      return {
        kind: 'ambiguous',
        candidates: ['31', '32', '33'],
        reason: { code: 'place.split-county', params: { text: 'Viken', counties: '' } },
      };
    case 'vt':
      return {
        kind: 'ambiguous',
        candidates: ['39', '40'],
        reason: {
          code: 'place.split-county',
          params: { text: 'Vestfold og Telemark', counties: '' },
        },
      };
    case 'herøy': // a municipality name found in Møre og Romsdal and in Nordland
      return {
        kind: 'ambiguous',
        candidates: ['15', '18'],
        reason: { code: 'place.municipality-in-counties', params: { name: 'Herøy', counties: '' } },
      };
    default:
      return { kind: 'county', county: where, via: 'manual' };
  }
}

interface Spec {
  readonly id: string;
  readonly where: Where;
  readonly clusters: readonly string[];
}

function dataset(specs: readonly Spec[]): Dataset {
  const base = makeDataset(specs.map((s): OrgSpec => ({ id: s.id, clusters: s.clusters })));
  const where = new Map(specs.map((s) => [s.id, s.where]));
  return {
    ...base,
    organisations: base.organisations.map((o) => ({ ...o, placement: place(where.get(o.id)!) })),
  };
}

const cell = (m: ReturnType<typeof computeCountyLinkMatrix>, a: string, b: string) => {
  const i = m.units.findIndex((u) => u.name === a);
  const j = m.units.findIndex((u) => u.name === b);
  expect(i, a).toBeGreaterThanOrEqual(0);
  expect(j, b).toBeGreaterThanOrEqual(0);
  return { pairs: m.pairs[i]![j]!, perMember: m.perMember[i]![j]!, lift: m.lift[i]![j]! };
};

describe('schemes', () => {
  it.each([
    ['2024', 15, ['Oslo', 'Rogaland', 'Møre og Romsdal', 'Nordland', 'Østfold', 'Akershus', 'Buskerud', 'Innlandet', 'Vestfold', 'Telemark', 'Agder', 'Vestland', 'Trøndelag', 'Troms', 'Finnmark']],
    ['report', 13, ['Oslo', 'Akershus', 'Buskerud', 'Østfold', 'Innlandet', 'Vestfold og Telemark', 'Agder', 'Rogaland', 'Vestland', 'Møre og Romsdal', 'Trøndelag', 'Nordland', 'Troms og Finnmark']],
    ['2020-23', 11, ['Oslo', 'Rogaland', 'Møre og Romsdal', 'Nordland', 'Viken', 'Innlandet', 'Vestfold og Telemark', 'Agder', 'Vestland', 'Trøndelag', 'Troms og Finnmark']],
    ['region', 3, ['Oslo', 'Viken', 'Resten av landet']],
  ] as const)('%s: %i units in display order', (id, count, names) => {
    const units = countyScheme(id).units;
    expect(units).toHaveLength(count);
    expect(units.map((u) => u.name)).toEqual(names);
  }); // prettier-ignore

  it.each(COUNTY_SCHEME_IDS)('%s covers each 2024 county exactly once', (id) => {
    const counties = countyScheme(id).units.flatMap((u) => u.counties);
    expect(new Set(counties).size).toBe(15);
    expect(counties).toHaveLength(15);
  });

  // Which unit a placement falls in, by scheme ('-' = unplaced, with the reason).
  it.each([
    ['viken', '-ambiguous', '-ambiguous', 'Viken', 'Viken'],
    ['vt', '-ambiguous', 'Vestfold og Telemark', 'Vestfold og Telemark', 'Resten av landet'],
    ['herøy', '-ambiguous', '-ambiguous', '-ambiguous', 'Resten av landet'],
    ['abroad', '-abroad', '-abroad', '-abroad', '-abroad'],
    ['unknown', '-unknown', '-unknown', '-unknown', '-unknown'],
    ['39', 'Vestfold', 'Vestfold og Telemark', 'Vestfold og Telemark', 'Resten av landet'],
    ['32', 'Akershus', 'Akershus', 'Viken', 'Viken'],
    ['56', 'Finnmark', 'Troms og Finnmark', 'Troms og Finnmark', 'Resten av landet'],
  ] as const)('%s: 2024 %s, report %s, 2020-23 %s, region %s', (where, ...expected) => {
    (['2024', 'report', '2020-23', 'region'] as const).forEach((id, i) => {
      const scheme = countyScheme(id);
      const at = schemePlacer(scheme)(place(where));
      const got = at.unit >= 0 ? scheme.units[at.unit]!.name : `-${at.reason}`;
      expect(got, id).toBe(expected[i]);
    });
  });
});

/*
 * The example. Clusters: K1 = {a1, a2, b1}, K2 = {a1, b1, c1, x, v}, K3 = {a1, c1}.
 * Places: a1, a2 Oslo; b1 Østfold; c1 Akershus; x abroad; v "Viken" (ambiguous).
 * Under 2024 (v unplaced): linked ordered pairs
 *   Oslo->Oslo 2 (a1a2, a2a1), Oslo->Østfold 2 (a1b1, a2b1), Oslo->Akershus 1 (a1c1),
 *   Østfold->Akershus 1 (b1c1), and the mirror images. P = 2 + 2·2 + 2·1 + 2·1 = 10, N = 4.
 *   Expected E[A][B] = P·n_A·(n_B − [A=B]) / (N(N−1)) = 10·n_A·(n_B − δ)/12:
 *   Oslo->Oslo 10·2·1/12 = 5/3, lift 2/(5/3) = 1.2; Oslo->Østfold 10·2·1/12, lift 1.2;
 *   Østfold->Akershus 10/12, lift 1.2; Østfold->Østfold expected 0: null.
 * Under 2020-23 v is placed in Viken with b1, c1: Viken has 3 members. Links of v: a1, b1, c1
 *   (K2). Oslo->Viken: a1 -> b1 c1 v, a2 -> b1 = 4; Viken->Viken: b1c1, b1v, c1v twice = 6;
 *   Oslo->Oslo 2. P = 2 + 2·4 + 6 = 16, N = 5.
 *   perMember Viken->Oslo = 4/3, Oslo->Viken = 4/2 = 2. lift Oslo->Viken = 4 / (16·2·3/20) = 5/6.
 * Under region: as 2020-23 (Oslo, Viken, nothing in the rest).
 * Under report: as 2024 but 13 units.
 */
const EXAMPLE: Spec[] = [
  { id: 'a1', where: '03', clusters: ['K1', 'K2', 'K3'] },
  { id: 'a2', where: '03', clusters: ['K1'] },
  { id: 'b1', where: '31', clusters: ['K1', 'K2'] },
  { id: 'c1', where: '32', clusters: ['K2', 'K3'] },
  { id: 'x', where: 'abroad', clusters: ['K2'] },
  { id: 'v', where: 'viken', clusters: ['K2'] },
];

describe('computeCountyLinkMatrix: the worked example', () => {
  const index = indexMemberships(dataset(EXAMPLE));

  it.each([
    ['2024', 'Oslo', 'Oslo', 2, 1, 1.2],
    ['2024', 'Oslo', 'Østfold', 2, 1, 1.2],
    ['2024', 'Østfold', 'Oslo', 2, 2, 1.2],
    ['2024', 'Oslo', 'Akershus', 1, 0.5, 0.6],
    ['2024', 'Østfold', 'Akershus', 1, 1, 1.2],
    ['2024', 'Akershus', 'Oslo', 1, 1, 0.6],
    ['2024', 'Østfold', 'Østfold', 0, 0, null],
    ['2024', 'Trøndelag', 'Oslo', 0, 0, null],
    ['report', 'Østfold', 'Oslo', 2, 2, 1.2],
    ['report', 'Akershus', 'Østfold', 1, 1, 1.2],
    ['2020-23', 'Oslo', 'Oslo', 2, 1, 2 / (16 / 10)],
    ['2020-23', 'Oslo', 'Viken', 4, 2, 5 / 6],
    ['2020-23', 'Viken', 'Oslo', 4, 4 / 3, 5 / 6],
    ['2020-23', 'Viken', 'Viken', 6, 2, 6 / ((16 * 3 * 2) / 20)],
    ['region', 'Viken', 'Oslo', 4, 4 / 3, 5 / 6],
    ['region', 'Resten av landet', 'Oslo', 0, 0, null],
  ] as const)('%s %s -> %s: %i pairs, %d per member, lift %s', (scheme, a, b, p, pm, lift) => {
    const got = cell(computeCountyLinkMatrix(index, { scheme }), a, b);
    expect(got.pairs).toBe(p);
    expect(got.perMember).toBeCloseTo(pm, 12);
    if (lift === null) expect(got.lift).toBeNull();
    else expect(got.lift).toBeCloseTo(lift, 12);
  });

  it.each([
    ['2024', 4, 10, { total: 2, abroad: 1, unknown: 0, ambiguous: 1 }],
    ['report', 4, 10, { total: 2, abroad: 1, unknown: 0, ambiguous: 1 }],
    ['2020-23', 5, 16, { total: 1, abroad: 1, unknown: 0, ambiguous: 0 }],
    ['region', 5, 16, { total: 1, abroad: 1, unknown: 0, ambiguous: 0 }],
  ] as const)('%s: %i placed, %i pairs in all, unplaced %j', (scheme, n, p, unplaced) => {
    const m = computeCountyLinkMatrix(index, { scheme });
    expect(m.placed).toBe(n);
    expect(m.totalPairs).toBe(p);
    expect(m.unplaced).toEqual(unplaced);
  });

  it('through K3 only: a1 and c1 count, nobody else', () => {
    const m = computeCountyLinkMatrix(index, { clusters: new Set(['K3' as ClusterId]) });
    expect(m.placed).toBe(2);
    expect(m.unplaced.total).toBe(0);
    expect(cell(m, 'Oslo', 'Akershus').pairs).toBe(1);
    expect(cell(m, 'Oslo', 'Oslo').pairs).toBe(0); // a2 is not in K3
    expect(m.members[0]).toBe(1);
  });

  it('gives zeros and nulls, never NaN, for an empty dataset', () => {
    const m = computeCountyLinkMatrix(indexMemberships(makeDataset([])));
    expect(m.perMember.flat().every((v) => v === 0)).toBe(true);
    expect(m.lift.flat().every((v) => v === null)).toBe(true);
  });
});

/** The definition, literally: every ordered pair of distinct placed counted members. */
function bruteForce(specs: readonly Spec[], scheme: CountySchemeId, only?: ReadonlySet<string>) {
  const s = countyScheme(scheme);
  const placer = schemePlacer(s);
  const k = s.units.length;
  const pairs = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const members = new Array<number>(k).fill(0);
  const counted = specs
    .map((o) => ({ ...o, clusters: o.clusters.filter((c) => !only || only.has(c)) }))
    .filter((o) => o.clusters.length > 0)
    .map((o) => ({ ...o, unit: placer(place(o.where)).unit }));
  const placed = counted.filter((o) => o.unit >= 0);
  for (const a of placed) {
    members[a.unit]!++;
    for (const b of placed) {
      if (a !== b && a.clusters.some((c) => b.clusters.includes(c))) pairs[a.unit]![b.unit]!++;
    }
  }
  return { pairs, members, unplaced: counted.length - placed.length };
}

describe('computeCountyLinkMatrix: properties against brute force', () => {
  const clusterNames = ['A', 'B', 'C', 'D', 'E'];
  const where = fc.constantFrom<Where>('03', '31', '32', '33', '39', '50', 'abroad', 'viken', 'vt');
  const specs = fc
    .array(fc.record({ where, clusters: fc.uniqueArray(fc.constantFrom(...clusterNames)) }), {
      maxLength: 30,
    })
    .map((list) => list.map((o, i): Spec => ({ ...o, id: `o${i}` })));
  const scheme = fc.constantFrom(...COUNTY_SCHEME_IDS);
  const filter = fc.option(fc.uniqueArray(fc.constantFrom(...clusterNames), { minLength: 1 }));

  it('pairs, members and unplaced match; symmetric; perMember·n_A balanced; lift averages to 1', () => {
    fc.assert(
      fc.property(specs, scheme, filter, (list, id, selected) => {
        const only = selected ? new Set(selected) : undefined;
        const m = computeCountyLinkMatrix(indexMemberships(dataset(list)), {
          scheme: id,
          ...(only ? { clusters: only as unknown as ReadonlySet<ClusterId> } : {}),
        });
        const expected = bruteForce(list, id, only);
        expect(m.pairs).toEqual(expected.pairs);
        expect(m.members).toEqual(expected.members);
        expect(m.unplaced.total).toBe(expected.unplaced);
        const k = m.units.length;
        let weighted = 0;
        let expectedSum = 0;
        for (let a = 0; a < k; a++) {
          for (let b = 0; b < k; b++) {
            expect(m.pairs[a]![b]).toBe(m.pairs[b]![a]);
            expect(m.perMember[a]![b]! * m.members[a]!).toBeCloseTo(
              m.perMember[b]![a]! * m.members[b]!,
              9,
            );
            const e =
              (m.totalPairs * m.members[a]! * (m.members[b]! - (a === b ? 1 : 0))) /
              (m.placed * (m.placed - 1) || 1);
            if (m.lift[a]![b] !== null) {
              weighted += m.lift[a]![b]! * e;
              expectedSum += e;
            }
          }
        }
        if (m.totalPairs > 0) expect(weighted / expectedSum).toBeCloseTo(1, 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('computeCountyLinkMatrix: one big cluster', () => {
  it('50 000 members, a tenth also in a second cluster: pairs = n_A (n_B - [A = B])', () => {
    const specs: Spec[] = Array.from({ length: 50_000 }, (_, i) => ({
      id: `o${i}`,
      where: i % 3 === 0 ? '32' : '03',
      clusters: i % 10 === 0 ? ['Big', 'Small'] : ['Big'],
    }));
    const m = computeCountyLinkMatrix(indexMemberships(dataset(specs)));
    const oslo = m.members[0]!;
    const akershus = m.members[5]!;
    expect(oslo + akershus).toBe(50_000);
    expect(cell(m, 'Oslo', 'Oslo').pairs).toBe(oslo * (oslo - 1));
    expect(cell(m, 'Oslo', 'Akershus').pairs).toBe(oslo * akershus);
    expect(cell(m, 'Akershus', 'Akershus').pairs).toBe(akershus * (akershus - 1));
    expect(cell(m, 'Oslo', 'Oslo').lift).toBeCloseTo(1, 12);
  });
});
