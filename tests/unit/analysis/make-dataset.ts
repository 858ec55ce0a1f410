/**
 * Tiny Datasets for tests: organisations written as one line each (id, where, clusters), the
 * rest filled with plain defaults. Not a test file itself; graph and analysis tests import it.
 */
import type { CountyNumber, Placement } from '../../../src/domain/geo/types';
import type {
  ClusterId,
  Dataset,
  ImportReport,
  OrgId,
  Organisation,
} from '../../../src/domain/membership/types';

export type Where = CountyNumber | 'abroad' | 'unknown' | 'ambiguous';

export interface OrgSpec {
  readonly id: string;
  /** Defaults to the id. */
  readonly name?: string;
  readonly where?: Where;
  readonly orgNumber?: string;
  /** Cluster ids (also their names unless `clusterNames` says otherwise). */
  readonly clusters: readonly string[];
}

export function placement(where: Where): Placement {
  switch (where) {
    case 'abroad':
      return { kind: 'abroad', via: 'manual' };
    case 'unknown':
      return { kind: 'unknown', reason: { code: 'place.nothing' } };
    case 'ambiguous':
      return {
        kind: 'ambiguous',
        candidates: ['31', '32', '33'],
        reason: {
          code: 'place.split-county',
          params: { text: 'Viken', counties: 'Buskerud\nAkershus\nØstfold' },
        },
      };
    default:
      return { kind: 'county', county: where, via: 'manual' };
  }
}

export const EMPTY_REPORT: ImportReport = {
  rows: 0,
  imported: 0,
  merged: 0,
  rejected: [],
  merges: [],
  warnings: [],
  files: [],
};

/**
 * Clusters are those named by the organisations, in order of first mention, followed by any in
 * `extraClusters` not mentioned (clusters without members).
 */
export function makeDataset(
  orgs: readonly OrgSpec[],
  options: {
    extraClusters?: readonly string[];
    clusterNames?: Readonly<Record<string, string>>;
    report?: ImportReport;
  } = {},
): Dataset {
  const clusterIds: string[] = [];
  for (const id of [...orgs.flatMap((o) => o.clusters), ...(options.extraClusters ?? [])]) {
    if (!clusterIds.includes(id)) clusterIds.push(id);
  }
  const organisations: Organisation[] = orgs.map((o) => ({
    id: o.id as OrgId,
    name: o.name ?? o.id,
    aliases: [],
    ...(o.orgNumber ? { orgNumber: o.orgNumber } : {}),
    placement: placement(o.where ?? '03'),
    sources: [{ file: 'test.csv', row: 1 }],
  }));
  return {
    organisations,
    clusters: clusterIds.map((id) => ({
      id: id as ClusterId,
      name: options.clusterNames?.[id] ?? id,
    })),
    memberships: orgs.flatMap((o) =>
      o.clusters.map((c) => ({ org: o.id as OrgId, cluster: c as ClusterId })),
    ),
    report: options.report ?? EMPTY_REPORT,
  };
}
