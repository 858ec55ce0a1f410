/**
 * Hand-built pipeline results for the state tests: small, typed datasets and analyses, so the
 * reducers are tested without the domain pipeline (which has its own tests).
 */
import type { Analysis, OverlapSummary } from '../../../src/domain/analysis/types';
import type { ClusterId, Dataset, OrgId, Rejection } from '../../../src/domain/membership/types';
import { buildPageModel } from '../../../src/domain/page/build-model';
import type { Built } from '../../../src/state/reducers';
import { renderMessage } from '../../../src/domain/messages/render';

const metric = {
  degree: 0,
  weightedDegree: 0,
  betweenness: 0,
  closeness: 0,
  eigenvector: 0,
  pagerank: 0,
};

/** A result with the named clusters (each with `size` members) and the given overlaps. */
export function result(
  clusters: readonly { name: string; size: number }[],
  overlaps: readonly Pick<OverlapSummary, 'a' | 'b' | 'shared'>[] = [],
  rejected: readonly Rejection[] = [],
): Built {
  const organisations = clusters.flatMap((c) =>
    Array.from({ length: c.size }, (_, i) => ({
      id: `${c.name}-${i}` as OrgId,
      name: `${c.name} member ${i}`,
      aliases: [],
      placement: { kind: 'unknown' as const, reason: { code: 'place.nothing' } },
      sources: [{ file: `${c.name}.csv`, row: i + 2 }],
    })),
  );
  const dataset: Dataset = {
    organisations,
    clusters: clusters.map((c) => ({ id: c.name as ClusterId, name: c.name })),
    memberships: organisations.map((o) => ({
      org: o.id,
      cluster: o.id.split('-')[0] as ClusterId,
    })),
    report: {
      rows: organisations.length + rejected.length,
      imported: organisations.length,
      merged: 0,
      rejected,
      merges: [],
      warnings: [],
      files: [],
    },
  };
  const analysis: Analysis = {
    organisations: organisations.length,
    memberships: organisations.length,
    membershipHistogram: { '1': organisations.length, '2': 0, '3': 0, '4+': 0 },
    clusters: clusters.map((c) => ({
      name: c.name,
      members: c.size,
      counties: { Ukjent: c.size },
    })),
    overlaps: overlaps.map((o) => ({ ...o, jaccard: 0.1, overlapCoefficient: 0.2, lift: 1 })),
    intersections: [],
    organisationList: [],
    countyLinks: {
      scheme: '2024',
      counties: [],
      members: {},
      perMember: {},
      pairs: {},
      lift: {},
      unplaced: { total: 0, abroad: 0, unknown: 0, ambiguous: 0 },
    },
    metrics: {
      clusters: Object.fromEntries(clusters.map((c) => [c.name, metric])),
      organisations: {},
    },
    metricErrors: [],
    communities: null,
    import: {
      rows: organisations.length,
      imported: organisations.length,
      merged: 0,
      rejected: rejected.map((r) => ({
        file: r.file,
        row: r.row,
        reason: renderMessage(r.reason, 'en'),
        code: r.reason.code,
      })),
      skipped: [],
    },
  };
  const model = buildPageModel(dataset, analysis, 'test-salt');
  return {
    ok: true,
    buildId: 0,
    dataset,
    analysis,
    model,
    proposals: [],
    metricsPending: false,
    proposalsPending: false,
    previews: [],
    files: [],
  };
}

/** What buildDataset gives when every file was refused: no clusters, only rejections. */
export function nothingUsable(rejected: readonly Rejection[]): Built {
  return result([], [], rejected);
}
