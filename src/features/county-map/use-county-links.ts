/**
 * The county-link matrix the map shows, for the scheme chosen and through the clusters selected
 * elsewhere (none: all clusters), and the membership index it is computed on. Computed here, on
 * the main thread, with the domain function: it costs about 1 ms at the default data's size and
 * 5 ms at ten times it (a histogram per cluster, see county-links.ts), less than a frame, so it
 * needs no worker call. The index is built once per dataset.
 */
import { useMemo } from 'react';
import type { CountySchemeId } from '../../domain/geo/schemes';
import { computeCountyLinkMatrix, type CountyLinkMatrix } from '../../domain/graph/county-links';
import { indexMemberships, type MembershipIndex } from '../../domain/graph/membership-index';
import type { ClusterId, Dataset } from '../../domain/membership/types';
import type { PageClusterId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';

const indexes = new WeakMap<Dataset, MembershipIndex>();

/** The membership index of a dataset, built on first use. */
export function membershipIndexOf(dataset: Dataset): MembershipIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = indexMemberships(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** The internal ids of the selected clusters, or undefined for all clusters. */
export function clusterFilter(
  model: PageModel,
  selected: readonly PageClusterId[],
): ReadonlySet<ClusterId> | undefined {
  const ids = selected.flatMap((id) => {
    const internal = model.internalCluster.get(id);
    return internal === undefined ? [] : [internal];
  });
  return ids.length === 0 ? undefined : new Set(ids);
}

export interface CountyLinks {
  readonly index: MembershipIndex;
  readonly matrix: CountyLinkMatrix;
  readonly clusters: ReadonlySet<ClusterId> | undefined;
}

export function useCountyLinks(
  dataset: Dataset,
  model: PageModel,
  scheme: CountySchemeId,
  selectedClusters: readonly PageClusterId[],
): CountyLinks {
  const key = selectedClusters.join('|');
  return useMemo(() => {
    const index = membershipIndexOf(dataset);
    const clusters = clusterFilter(model, key === '' ? [] : (key.split('|') as PageClusterId[]));
    const matrix = computeCountyLinkMatrix(index, { scheme, clusters });
    return { index, matrix, clusters };
  }, [dataset, model, scheme, key]);
}
