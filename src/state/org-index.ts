/**
 * Looking organisations up by internal id, with the names of the clusters each belongs to: what
 * the review and placement lists show beside a name. Built once per dataset (linear in
 * memberships) and shared by every panel through `orgIndexOf`, instead of once per panel.
 */
import type { Dataset, OrgId, Organisation } from '../domain/membership/types';

export interface OrgIndex {
  readonly byId: ReadonlyMap<OrgId, Organisation>;
  /** Cluster names per organisation, sorted. */
  readonly clustersOf: (id: OrgId) => readonly string[];
}

export function indexOrganisations(dataset: Dataset): OrgIndex {
  const byId = new Map(dataset.organisations.map((o) => [o.id, o]));
  const clusterName = new Map(dataset.clusters.map((c) => [c.id, c.name]));
  const clusters = new Map<OrgId, string[]>();
  for (const { org, cluster } of dataset.memberships) {
    const name = clusterName.get(cluster);
    if (name === undefined) continue;
    const list = clusters.get(org);
    if (list) list.push(name);
    else clusters.set(org, [name]);
  }
  for (const list of clusters.values()) list.sort((a, b) => a.localeCompare(b, 'nb'));
  return { byId, clustersOf: (id) => clusters.get(id) ?? [] };
}

// A memo, not state: keyed by the (immutable) dataset, it holds nothing the store does not.
const built = new WeakMap<Dataset, OrgIndex>();

/** The index of a dataset, built on first use and reused for as long as the dataset lives. */
export function orgIndexOf(dataset: Dataset): OrgIndex {
  let index = built.get(dataset);
  if (!index) {
    index = indexOrganisations(dataset);
    built.set(dataset, index);
  }
  return index;
}
