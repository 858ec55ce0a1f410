/**
 * A small dataset placed in four counties, so every county link can be counted by hand:
 * cluster K1 = {a1, a2 (Oslo), b1 (Østfold)}, K2 = {a1 (Oslo), c1 (Akershus), d1 (Vestland)},
 * K3 = {b1 (Østfold), c1 (Akershus)}; e1 abroad in K1.
 * Oslo–Østfold: K1 links a1-b1 and a2-b1: 2 ordered pairs each way.
 */
import { analyse } from '../../../src/domain/analysis/analyse';
import type { CountyNumber, Placement } from '../../../src/domain/geo/types';
import type { ClusterId, Dataset, OrgId } from '../../../src/domain/membership/types';
import { buildPageModel } from '../../../src/domain/page/build-model';
import type { LoadedData } from '../../../src/state/types';

const county = (c: string): Placement => ({
  kind: 'county',
  county: c as CountyNumber,
  via: 'county',
});

const ORGS: readonly [string, Placement, readonly string[]][] = [
  ['a1', county('03'), ['K1', 'K2']],
  ['a2', county('03'), ['K1']],
  ['b1', county('31'), ['K1', 'K3']],
  ['c1', county('32'), ['K2', 'K3']],
  ['d1', county('46'), ['K2']],
  ['e1', { kind: 'abroad', via: 'county' } as unknown as Placement, ['K1']],
];

export function smallData(): LoadedData {
  const dataset: Dataset = {
    organisations: ORGS.map(([id, placement]) => ({
      id: id as OrgId,
      name: `Org ${id.toUpperCase()} AS`,
      orgNumber: undefined,
      aliases: [],
      placement,
      sources: [{ file: 'x.csv', row: 2 }],
    })),
    clusters: ['K1', 'K2', 'K3'].map((c) => ({ id: c as ClusterId, name: `Klynge ${c}` })),
    memberships: ORGS.flatMap(([id, , clusters]) =>
      clusters.map((c) => ({ org: id as OrgId, cluster: c as ClusterId })),
    ),
    report: { rows: 6, imported: 6, merged: 0, rejected: [], merges: [], warnings: [], files: [] },
  } as unknown as Dataset;
  const analysis = analyse(dataset);
  const model = buildPageModel(dataset, analysis, 'salt');
  return {
    workspaceId: 'test',
    dataset,
    analysis,
    model,
    source: 'files',
    files: [],
    proposals: [],
    previews: [],
    reads: [],
    buildId: 0,
    metricsPending: false,
    proposalsPending: false,
    builtFrom: 'build',
    cacheKey: null,
  };
}
