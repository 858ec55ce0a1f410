/**
 * Looking organisations up by id, with the names of the clusters each belongs to: what the review
 * and placement lists show beside a name. Built once per dataset (linear in memberships).
 */
import type { Dataset, OrgId, Organisation } from '../../domain/membership/types';

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
