/**
 * Who belongs where, indexed both ways: members per cluster and clusters per organisation, with
 * duplicate memberships folded into one. Every graph and count in klyngekart starts from this
 * index, so a membership listed twice (two rows, two files) counts once everywhere.
 *
 * Order is kept stable (dataset order of organisations and clusters, first appearance of each
 * membership) so that graphs, tables and JSON come out the same on every run.
 */
import type { Cluster, ClusterId, Dataset, OrgId, Organisation } from '../membership/types';

export interface MembershipIndex {
  /** Organisations by id, in dataset order; a repeated id keeps its first record. */
  readonly organisations: ReadonlyMap<OrgId, Organisation>;
  /** Clusters by id, in dataset order; a repeated id keeps its first record. */
  readonly clusters: ReadonlyMap<ClusterId, Cluster>;
  /** Distinct members of each cluster (every cluster present, maybe with none). */
  readonly membersOf: ReadonlyMap<ClusterId, readonly OrgId[]>;
  /** Distinct clusters of each organisation (every organisation present, maybe with none). */
  readonly clustersOf: ReadonlyMap<OrgId, readonly ClusterId[]>;
  /** Number of distinct (organisation, cluster) pairs. */
  readonly membershipCount: number;
}

export function indexMemberships(dataset: Dataset): MembershipIndex {
  const organisations = new Map<OrgId, Organisation>();
  for (const org of dataset.organisations) {
    if (!organisations.has(org.id)) organisations.set(org.id, org);
  }
  const clusters = new Map<ClusterId, Cluster>();
  for (const cluster of dataset.clusters) {
    if (!clusters.has(cluster.id)) clusters.set(cluster.id, cluster);
  }

  const membersOf = new Map<ClusterId, OrgId[]>();
  for (const id of clusters.keys()) membersOf.set(id, []);
  const clustersOf = new Map<OrgId, ClusterId[]>();
  for (const id of organisations.keys()) clustersOf.set(id, []);

  // Keyed by both ids; neither contains a NUL character in practice, and if one did, the worst
  // outcome is a duplicate membership counted once too often, never a crash.
  const seen = new Set<string>();
  for (const { org, cluster } of dataset.memberships) {
    const orgClusters = clustersOf.get(org);
    const members = membersOf.get(cluster);
    // A membership pointing outside the dataset means the dataset was built wrongly; saying so
    // beats silently dropping members from every count.
    if (!orgClusters) {
      throw new Error(
        `Dataset is inconsistent: a membership of cluster "${cluster}" names organisation id "${org}", which is not among the organisations.`,
      );
    }
    if (!members) {
      throw new Error(
        `Dataset is inconsistent: organisation id "${org}" is a member of cluster id "${cluster}", which is not among the clusters.`,
      );
    }
    const pair = `${org}\u0000${cluster}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    members.push(org);
    orgClusters.push(cluster);
  }

  return { organisations, clusters, membersOf, clustersOf, membershipCount: seen.size };
}

/** Members of a cluster; empty for an id the index does not know. */
export function membersOf(index: MembershipIndex, cluster: ClusterId): readonly OrgId[] {
  return index.membersOf.get(cluster) ?? [];
}

/** Clusters of an organisation; empty for an id the index does not know. */
export function clustersOf(index: MembershipIndex, org: OrgId): readonly ClusterId[] {
  return index.clustersOf.get(org) ?? [];
}
