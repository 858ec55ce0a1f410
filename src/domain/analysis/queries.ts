/**
 * Questions the UI asks about a dataset by the names the analysis document shows: who is in a
 * cluster, who two clusters share. Names resolve through the same unique-name rule as analyse(),
 * so "Sintef (2)" taken from the document finds the right cluster. Results are organisation
 * records sorted by name (Norwegian collation, so Å sorts last), for lists people read.
 */
import { indexMemberships, type MembershipIndex } from '../graph/membership-index';
import { sharedMemberIds } from '../graph/overlap';
import type { ClusterId, Dataset, OrgId, Organisation } from '../membership/types';
import { uniqueNames } from './unique-names';

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

function clusterIdByName(index: MembershipIndex, name: string): ClusterId | undefined {
  for (const [id, unique] of uniqueNames(index.clusters.values())) {
    if (unique === name) return id;
  }
  return undefined;
}

function sortedOrganisations(index: MembershipIndex, ids: readonly OrgId[]): Organisation[] {
  return ids
    .map((id) => index.organisations.get(id)!)
    .sort((x, y) => collator.compare(x.name, y.name) || collator.compare(x.id, y.id));
}

/** Members of the cluster with this (document) name; empty when no cluster has it. */
export function membersOfCluster(dataset: Dataset, clusterName: string): Organisation[] {
  const index = indexMemberships(dataset);
  const id = clusterIdByName(index, clusterName);
  return id === undefined ? [] : sortedOrganisations(index, index.membersOf.get(id)!);
}

/** Organisations in both named clusters; empty when either name is unknown. */
export function sharedMembers(dataset: Dataset, a: string, b: string): Organisation[] {
  const index = indexMemberships(dataset);
  const idA = clusterIdByName(index, a);
  const idB = clusterIdByName(index, b);
  if (idA === undefined || idB === undefined) return [];
  return sortedOrganisations(index, sharedMemberIds(index, idA, idB));
}
