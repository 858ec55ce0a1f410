/**
 * The partner finder on a small hand-made membership list whose numbers can be checked by hand:
 * shared counts, lift, introducers, the two-step score for clusters sharing no one, the profile
 * cosines, the ranking, and the clusters an organisation could join.
 */
import { describe, expect, it } from 'vitest';

import type { CountyNumber } from '../../../src/domain/geo/types';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import type { ClusterId, Dataset, MemberType, OrgId } from '../../../src/domain/membership/types';
import { clusterPartners } from '../../../src/domain/partners/cluster-partners';
import { clustersToJoin } from '../../../src/domain/partners/organisation-partners';
import { cosine } from '../../../src/domain/partners/profile';
import { renderPartnerReason } from '../../../src/domain/partners/words';

// A: o1..o4; B: o3, o4, o5; C: o5, o6; D: o7 (alone). N = 7 organisations in a cluster.
const LISTS: Record<string, [string, CountyNumber, MemberType][]> = {
  A: [
    ['o1', '03', 'startup'],
    ['o2', '03', 'startup'],
    ['o3', '03', 'research'],
    ['o4', '32', 'research'],
  ],
  B: [
    ['o3', '03', 'research'],
    ['o4', '32', 'research'],
    ['o5', '32', 'public'],
  ],
  C: [
    ['o5', '32', 'public'],
    ['o6', '46', 'public'],
  ],
  D: [['o7', '46', 'investor']],
};

function dataset(): Dataset {
  const orgs = new Map<string, [CountyNumber, MemberType]>();
  for (const rows of Object.values(LISTS)) for (const [o, c, t] of rows) orgs.set(o, [c, t]);
  orgs.set('o8', ['03', 'startup']); // in no cluster: not counted in N
  return {
    organisations: [...orgs].map(([id, [county, type]]) => ({
      id: id as OrgId,
      name: id.toUpperCase(),
      aliases: [],
      placement: { kind: 'county', county, via: 'county' },
      type,
      sources: [],
    })),
    clusters: Object.keys(LISTS).map((c) => ({ id: c as ClusterId, name: c })),
    memberships: Object.entries(LISTS).flatMap(([c, rows]) =>
      rows.map(([o]) => ({ org: o as OrgId, cluster: c as ClusterId })),
    ),
    report: { rows: 0, imported: 0, merged: 0, rejected: [], merges: [], warnings: [], files: [] },
  };
}

describe('clusterPartners', () => {
  const index = indexMemberships(dataset());
  const ranking = clusterPartners(index, 'A' as ClusterId);

  it('lists every other cluster once, by score', () => {
    expect(ranking.map((p) => p.cluster).sort()).toEqual(['B', 'C', 'D']);
    for (let i = 1; i < ranking.length; i++) {
      expect(ranking[i]!.score).toBeLessThanOrEqual(ranking[i - 1]!.score);
    }
    expect(ranking[0]!.cluster).toBe('B');
  });

  it.each([
    // cluster, shared, lift = s·N/(|A||B|), direct introducers, all introducers
    ['B', 2, (2 * 7) / (4 * 3), ['o3', 'o4'], ['o3', 'o4']],
    ['C', 0, 0, [], ['o3', 'o4']], // o3, o4 sit in B, which shares o5 with C
    ['D', 0, 0, [], []],
  ])('%s: shared %i, lift %f, introducers', (cluster, shared, lift, direct, all) => {
    const p = ranking.find((x) => x.cluster === cluster)!;
    expect(p.shared).toBe(shared);
    expect(p.lift).toBeCloseTo(lift, 12);
    expect(p.introducers.slice(0, p.direct)).toEqual(direct);
    expect(p.introducers).toEqual(all);
  });

  it('scores a cluster sharing no one by resource allocation over two-step paths', () => {
    const c = ranking.find((x) => x.cluster === 'C')!;
    // A - B - C: B overlaps A and C, so RA = 1 / deg(B) = 1/2; D has no path at all.
    expect(c.reasons[0]).toEqual({ code: 'partners.twoStep', params: { paths: 1, score: 0.5 } });
    expect(ranking.find((x) => x.cluster === 'D')!.reasons[0]).toEqual({ code: 'partners.noPath' });
    expect(c.score).toBeGreaterThan(ranking.find((x) => x.cluster === 'D')!.score);
  });

  it.each(['similar', 'complementary'] as const)('profile fit, %s', (mode) => {
    const p = clusterPartners(index, 'A' as ClusterId, mode).find((x) => x.cluster === 'B')!;
    // Counties A: Oslo 3, Buskerud 1; B: Oslo 1, Buskerud 2 -> (3 + 2) / (sqrt 10 · sqrt 5).
    const county = 5 / Math.sqrt(50);
    const fit = p.reasons.find((r) => r.code === `partners.${mode}`)!;
    expect(fit.params!['county']).toBeCloseTo(county, 2);
    const lift = (2 * 7) / 12;
    const type = 4 / (Math.sqrt(8) * Math.sqrt(5)); // startup 2, research 2 vs research 2, public 1
    const similarity = (county + type) / 2;
    const expected =
      0.5 + 0.5 * (lift / (1 + lift)) + 0.25 * (mode === 'similar' ? similarity : 1 - similarity);
    expect(p.score).toBeCloseTo(expected, 12);
  });

  it('renders reasons in both languages', () => {
    const b = ranking.find((x) => x.cluster === 'B')!;
    expect(renderPartnerReason(b.reasons[0]!, 'en')).toBe(
      'Shares 2 members, 1.17 times as many as two random lists of their sizes would.',
    );
    expect(renderPartnerReason(b.reasons[0]!, 'nb')).toMatch(/^Deler 2 medlemmer, 1,17 ganger/);
  });

  it('refuses a cluster that is not in the data', () => {
    expect(() => clusterPartners(index, 'Z' as ClusterId)).toThrow(/no cluster "Z"/);
  });
});

describe('clustersToJoin', () => {
  const index = indexMemberships(dataset());

  it.each([
    // org, candidates (not its own), best, overlap with best, co-members in best
    ['o1', ['B', 'C', 'D'], 'B', 2, ['o3', 'o4']],
    ['o6', ['A', 'B', 'D'], 'B', 1, ['o5']],
  ])('%s could join %j, best %s', (org, candidates, best, overlap, coMembers) => {
    const options = clustersToJoin(index, org as OrgId);
    expect(options.map((o) => o.cluster).sort()).toEqual(candidates);
    expect(options[0]!.cluster).toBe(best);
    expect(options[0]!.overlap).toBe(overlap);
    expect(options[0]!.coMembers).toEqual(coMembers);
  });
});

describe('cosine', () => {
  it.each([
    [new Map([['a', 1]]), new Map([['a', 3]]), 1],
    [new Map([['a', 1]]), new Map([['b', 1]]), 0],
    [new Map(), new Map([['b', 1]]), 0],
    [
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
      new Map([['a', 1]]),
      Math.SQRT1_2,
    ],
  ])('%j · %j = %f', (a, b, expected) => {
    expect(cosine(a, b)).toBeCloseTo(expected, 12);
  });
});
