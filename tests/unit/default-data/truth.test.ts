/**
 * The ground truth (tests/fixtures/default-truth.json) against the report's published figures
 * (REPORT-FACTS.md): counts, histogram, sizes, county and type shares, the overlap pattern, and the
 * synthetic identities (org numbers starting with 1 and passing MOD11, unique name keys).
 */
import { describe, expect, it } from 'vitest';
import { municipalityByNumber2024 } from '../../../src/domain/geo/municipalities';
import { normaliseName } from '../../../src/domain/membership/names';
import { isValidOrgNumber } from '../../../src/domain/membership/org-number';
import { loadTruth } from './load';

const truth = loadTruth();
const orgs = truth.organisations;
const NHT = 'Norway Health Tech';
const OCC = 'Oslo Cancer Cluster';
const TLSC = 'The Life Science Cluster';
const SEM = 'NCE Smart Energy Markets';
const AAI = 'Cluster for Applied AI';
const SOL = 'Solenergiklyngen';
const CC = 'Construction City';
const NFTA = 'NF&TA';
const DECOM = 'DECOM';
const NCCE = 'Norsk senter for sirkulær økonomi (NCCE)';
const KB = 'Kongsbergklyngen';
const VTK = 'Viken Teknologiklynge';

const membersOf = (cluster: string) => orgs.filter((o) => o.clusters.includes(cluster));
const isOslo = (county: string) => county === '03';
const isViken = (county: string) => county === '31' || county === '32' || county === '33';
const pct = (part: number, whole: number) => (100 * part) / whole;

/** Size estimates of REPORT-FACTS.md ("~110" etc.); published sizes are exact. */
const ESTIMATES: readonly (readonly [string, number])[] = [
  [OCC, 110],
  [TLSC, 90],
  [SEM, 120],
  [AAI, 50],
  [DECOM, 30],
  [VTK, 55],
  [SOL, 100],
  [CC, 110],
  ['H2Cluster', 45],
  ['NCE Energy Valley', 200],
  [NCCE, 90],
  ['Oslo Edtech Cluster', 60],
  ['SAMS Norway', 20],
];

function pairCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of orgs)
    for (const a of o.clusters)
      for (const b of o.clusters)
        if (a < b) counts.set(`${a}|${b}`, (counts.get(`${a}|${b}`) ?? 0) + 1);
  return counts;
}
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe('default data: published totals', () => {
  it('has 1 276 unique organisations, 94 in two clusters, 24 in three, 9 in four or more', () => {
    expect(new Set(orgs.map((o) => o.orgKey)).size).toBe(1276);
    expect(orgs.length).toBe(1276);
    const inExactly = (n: number) => orgs.filter((o) => o.clusters.length === n).length;
    expect(inExactly(2)).toBe(94);
    expect(inExactly(3)).toBe(24);
    expect(orgs.filter((o) => o.clusters.length >= 4).length).toBe(9);
    expect(orgs.every((o) => new Set(o.clusters).size === o.clusters.length)).toBe(true);
  });

  it('has the 16 clusters, four of them marked inferred', () => {
    expect(truth.clusters).toHaveLength(16);
    expect(
      truth.clusters
        .filter((c) => c.inferred)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['NCE Energy Valley', NCCE, 'Oslo Edtech Cluster', 'SAMS Norway'].sort());
  });

  it.each([
    [NHT, 270],
    [KB, 10],
    [NFTA, 87],
  ])('%s has its published %i members', (cluster, size) => {
    expect(membersOf(cluster)).toHaveLength(size);
  });

  it.each(ESTIMATES)('%s is near its estimate of %i members', (cluster, estimate) => {
    const size = membersOf(cluster).length;
    expect(Math.abs(size - estimate)).toBeLessThanOrEqual(Math.ceil(estimate * 0.2));
  });

  it('has the three health clusters at about 470 members together, Norway Health Tech largest', () => {
    const health = [NHT, OCC, TLSC].reduce((s, c) => s + membersOf(c).length, 0);
    expect(Math.abs(health - 470)).toBeLessThanOrEqual(10);
    for (const c of truth.clusters)
      if (c.name !== NHT) expect(membersOf(c.name).length).toBeLessThan(270);
    for (const c of truth.clusters)
      if (c.name !== KB) expect(membersOf(c.name).length).toBeGreaterThan(10);
  });

  it('has one ground-truth row per membership', () => {
    const memberships = orgs.reduce((s, o) => s + o.clusters.length, 0);
    expect(truth.rows).toHaveLength(memberships);
    const rowsPerOrg = new Map<string, number>();
    for (const r of truth.rows) rowsPerOrg.set(r.orgKey, (rowsPerOrg.get(r.orgKey) ?? 0) + 1);
    for (const o of orgs) expect(rowsPerOrg.get(o.orgKey)).toBe(o.clusters.length);
  });
});

describe('default data: where members are (fig. 3-4), within one percentage point', () => {
  it('puts 47 % in Oslo and 31 % in Viken over all lists (unique organisations)', () => {
    expect(Math.abs(pct(orgs.filter((o) => isOslo(o.county)).length, 1276) - 47)).toBeLessThan(1);
    expect(Math.abs(pct(orgs.filter((o) => isViken(o.county)).length, 1276) - 31)).toBeLessThan(1);
  });

  it.each([
    [KB, 'viken', 100],
    [VTK, 'viken', 79],
    [TLSC, 'oslo', 72],
    [OCC, 'oslo', 75],
    [NHT, 'oslo', 52],
    [SOL, 'other', 39],
  ] as const)('%s: %s %i %%', (cluster, group, share) => {
    const members = membersOf(cluster);
    const inGroup = members.filter((o) =>
      group === 'oslo'
        ? isOslo(o.county)
        : group === 'viken'
          ? isViken(o.county)
          : !isOslo(o.county) && !isViken(o.county),
    );
    expect(Math.abs(pct(inGroup.length, members.length) - share)).toBeLessThan(1);
  });

  it('gives Solenergiklyngen the largest share outside Oslo and Viken', () => {
    const outside = (c: string) => {
      const m = membersOf(c);
      return pct(m.filter((o) => !isOslo(o.county) && !isViken(o.county)).length, m.length);
    };
    for (const c of truth.clusters)
      if (c.name !== SOL) expect(outside(c.name)).toBeLessThan(outside(SOL));
  });

  it('places every organisation in a 2024 municipality of its county, none abroad', () => {
    for (const o of orgs) expect(municipalityByNumber2024(o.municipality)?.county).toBe(o.county);
  });

  it('puts Trøndelag, Vestland and Rogaland ahead of the other counties outside Oslo and Viken', () => {
    const count = (county: string) => orgs.filter((o) => o.county === county).length;
    const big = Math.min(count('50'), count('46'), count('11'));
    for (const county of ['15', '18', '34', '39', '40', '42', '55', '56'])
      expect(count(county)).toBeLessThan(big);
  });
});

describe('default data: overlaps (fig. 3-3)', () => {
  const pairs = pairCounts();
  const ranked = [...pairs].sort((a, b) => b[1] - a[1]);

  it('has the three health pairs as the three largest overlaps', () => {
    const health = [pairKey(NHT, OCC), pairKey(NHT, TLSC), pairKey(OCC, TLSC)];
    expect(
      ranked
        .slice(0, 3)
        .map(([k]) => k)
        .sort(),
    ).toEqual(health.sort());
    expect(ranked[2]![1]).toBeGreaterThan(ranked[3]![1]);
  });

  it('has Smart Energy Markets with Applied AI next, then Solenergiklyngen with Construction City', () => {
    expect(ranked[3]![0]).toBe(pairKey(SEM, AAI));
    expect(ranked[4]![0]).toBe(pairKey(SOL, CC));
    const solPartners = [...pairs].filter(([k]) => k.split('|').includes(SOL));
    const top = solPartners.sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).toBe(pairKey(SOL, CC));
  });

  it('links NF&TA only to DECOM and NCCE', () => {
    const partners = new Set(
      membersOf(NFTA)
        .flatMap((o) => o.clusters)
        .filter((c) => c !== NFTA),
    );
    expect([...partners].sort()).toEqual([DECOM, NCCE].sort());
  });

  it('has only universities, research institutes, law firms and consultancies in 4+ clusters', () => {
    const many = orgs.filter((o) => o.clusters.length >= 4);
    expect(many).toHaveLength(9);
    for (const o of many)
      expect(['university', 'institute', 'law', 'consultancy']).toContain(o.kind);
    expect(orgs.filter((o) => o.clusters.length >= 5).length).toBeGreaterThan(0);
  });

  it('keeps Kongsbergklyngen members in Viken even when they are in other clusters', () => {
    for (const o of membersOf(KB)) expect(isViken(o.county)).toBe(true);
  });
});

describe('default data: member types (fig. 3-2)', () => {
  const TYPES = ['established', 'startup', 'research', 'public', 'investor'] as const;
  // Per organisation (each counted once) and per membership (as cluster managers count them).
  const bases = {
    organisations: orgs.map((o) => o.type),
    memberships: orgs.flatMap((o) => o.clusters.map(() => o.type)),
  };

  it.each(Object.entries(bases))(
    'has over half established, ~29 %% startups, ~7 %% R&D, the rest public and investors (per %s)',
    (_base, types) => {
      const share = (type: string) => pct(types.filter((t) => t === type).length, types.length);
      expect(share('established')).toBeGreaterThan(50);
      expect(Math.abs(share('startup') - 29)).toBeLessThan(1);
      expect(Math.abs(share('research') - 7)).toBeLessThan(1);
      expect(share('public')).toBeGreaterThan(0);
      expect(share('investor')).toBeGreaterThan(0);
      expect(TYPES.reduce((s, t) => s + share(t), 0)).toBeCloseTo(100, 6);
    },
  );

  it('has all five types in 15 of the 16 clusters; Kongsbergklyngen lacks one', () => {
    const complete = truth.clusters.filter(
      (c) => new Set(membersOf(c.name).map((o) => o.type)).size === 5,
    );
    expect(complete).toHaveLength(15);
    expect(complete.map((c) => c.name)).not.toContain(KB);
  });
});

describe('default data: synthetic identities', () => {
  it('uses org numbers that start with 1 and pass MOD11, one per organisation', () => {
    for (const o of orgs) {
      expect(o.orgNumber).toMatch(/^1\d{8}$/);
      expect(isValidOrgNumber(o.orgNumber)).toBe(true);
      expect(o.orgKey).toBe(o.orgNumber);
    }
    expect(new Set(orgs.map((o) => o.orgNumber)).size).toBe(orgs.length);
  });

  it('gives every organisation a name key of its own', () => {
    const keys = orgs.map((o) => normaliseName(o.name));
    expect(keys.every((k) => k !== '')).toBe(true);
    expect(new Set(keys).size).toBe(orgs.length);
    orgs.forEach((o, i) => expect(o.nameKey).toBe(keys[i]));
  });
});
