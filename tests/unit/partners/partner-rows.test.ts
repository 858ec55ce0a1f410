/** The partner finder in the worker (page ids in and out) and its rows and export table. */
import { describe, expect, it } from 'vitest';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import type { PageClusterId, PageOrgId } from '../../../src/domain/page/ids';
import { clusterPartners } from '../../../src/domain/partners/cluster-partners';
import { renderPartnerReason } from '../../../src/domain/partners/words';
import {
  partnerRows,
  partnerTable,
  partnerTarget,
} from '../../../src/features/partners/partner-rows';
import { createPartnerFinder } from '../../../src/worker/partners';
import { createPipelineApi } from '../../../src/worker/pipeline-api';
import { built } from '../page/model-fixture';

const WORDS = {
  title: 'Partners',
  rank: 'No.',
  candidate: 'Cluster',
  score: 'Score',
  shared: 'Shared',
  lift: 'Lift',
  overlap: 'Overlap',
  introducers: 'Introducers',
  reasons: 'Reasons',
};

describe('the partner finder in the worker', () => {
  it('answers nothing before a build, and "unknown" for an id it does not have', async () => {
    const finder = createPartnerFinder();
    expect(finder.find({ kind: 'cluster', id: 'cX' as PageClusterId, mode: 'similar' })).toEqual({
      ok: false,
      reason: 'no-build',
    });
    const { dataset, model } = await built('salt');
    finder.remember(dataset, model);
    expect(finder.find({ kind: 'organisation', id: 'oX' as PageOrgId, mode: 'similar' })).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });

  it('gives the domain ranking in page ids', async () => {
    const { dataset, model } = await built('salt');
    const finder = createPartnerFinder();
    finder.remember(dataset, model);
    const picked = [...model.clusters.keys()][0]!;
    const result = finder.find({ kind: 'cluster', id: picked, mode: 'similar' });
    if (!result.ok) throw new Error('no answer');
    const expected = clusterPartners(
      indexMemberships(dataset),
      model.internalCluster.get(picked)!,
      'similar',
    );
    expect(result.candidates.map((c) => c.cluster)).toEqual(
      expected.map((p) => model.clusterPageId.get(p.cluster)),
    );
    expect(result.candidates.map((c) => c.shared)).toEqual(expected.map((p) => p.shared));
    expect(
      result.candidates.flatMap((c) => c.introducers).every((id) => model.organisations.has(id)),
    ).toBe(true);
  });

  it('is reachable through the pipeline API after a build', async () => {
    const { model } = await built('salt');
    const api = createPipelineApi();
    expect(
      await api.partners({ kind: 'cluster', id: [...model.clusters.keys()][0]!, mode: 'similar' }),
    ).toEqual({ ok: false, reason: 'no-build' });
  });

  it('ranks the clusters an organisation could join', async () => {
    const { dataset, model } = await built('salt');
    const finder = createPartnerFinder();
    finder.remember(dataset, model);
    const org = model.orgOrder[0]!;
    const result = finder.find({ kind: 'organisation', id: org, mode: 'complementary' });
    if (!result.ok) throw new Error('no answer');
    const own = new Set(model.clustersOf.get(org));
    expect(result.candidates.length).toBe(model.clusters.size - own.size);
    for (const c of result.candidates) expect(own.has(c.cluster)).toBe(false);
  });
});

describe('partner rows', () => {
  const candidates = [
    {
      cluster: 'c2' as PageClusterId,
      score: 0.91234,
      shared: 3,
      lift: 2.5,
      introducers: ['o1', 'o2'] as PageOrgId[],
      direct: 2,
      overlap: 0,
      reasons: [{ code: 'partners.shared', params: { count: 3, lift: 2.5 } }],
    },
    {
      cluster: 'c3' as PageClusterId,
      score: 0.1,
      shared: 0,
      lift: 0,
      introducers: [],
      direct: 0,
      overlap: 0,
      reasons: [{ code: 'partners.noPath' }],
    },
  ];
  const names = {
    cluster: (id: PageClusterId) => `Cluster ${id}`,
    organisation: (id: PageOrgId) => `Org ${id}`,
  };

  it.each(['nb', 'en'] as const)('renders names and reasons in %s', (language) => {
    const rows = partnerRows(candidates, names, language);
    expect(rows.map((r) => [r.rank, r.name, r.introducerNames])).toEqual([
      [1, 'Cluster c2', ['Org o1', 'Org o2']],
      [2, 'Cluster c3', []],
    ]);
    expect(rows[0]!.reasons).toEqual([renderPartnerReason(candidates[0]!.reasons[0]!, language)]);
    expect(rows[0]!.reasons[0]).toContain(language === 'nb' ? '2,5' : '2.5');
  });

  it('makes an export table for a cluster and for an organisation', () => {
    const rows = partnerRows(candidates, names, 'en');
    const table = partnerTable('cluster', rows, WORDS);
    expect(table.header).toEqual([
      'No.',
      'Cluster',
      'Score',
      'Shared',
      'Lift',
      'Introducers',
      'Reasons',
    ]);
    expect(table.rows[0]).toEqual([
      1,
      'Cluster c2',
      0.9123,
      3,
      2.5,
      'Org o1, Org o2',
      rows[0]!.reasons[0],
    ]);
    expect(partnerTable('organisation', rows, WORDS).header).toContain('Overlap');
  });

  it('asks about the focused cluster or organisation, else the first selected cluster', () => {
    expect(partnerTarget({ kind: 'cluster', id: 'c1' }, [])).toEqual({ kind: 'cluster', id: 'c1' });
    expect(partnerTarget({ kind: 'organisation', id: 'o1' }, [])).toEqual({
      kind: 'organisation',
      id: 'o1',
    });
    expect(partnerTarget({ kind: 'county', id: '03' }, ['c9' as PageClusterId])).toEqual({
      kind: 'cluster',
      id: 'c9',
    });
    expect(partnerTarget(null, [])).toBeNull();
  });
});
