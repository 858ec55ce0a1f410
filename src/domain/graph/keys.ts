/**
 * Node keys shared by every graph klyngekart builds. Organisations and clusters live in one key
 * space (the bipartite graph holds both), so each key carries its kind as a prefix: an
 * organisation id can never collide with a cluster id, and a key read back from a graph or a
 * view says what it names.
 */
import type { ClusterId, OrgId } from '../membership/types';

export type OrgKey = `o:${string}`;
export type ClusterKey = `c:${string}`;
export type NodeKey = OrgKey | ClusterKey;

export function orgKey(id: OrgId): OrgKey {
  return `o:${id}`;
}

export function clusterKey(id: ClusterId): ClusterKey {
  return `c:${id}`;
}
