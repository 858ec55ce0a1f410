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

/** The id behind a node key, with its kind; null for a key no graph here would make. */
export function parseNodeKey(
  key: string,
): { kind: 'organisation'; id: OrgId } | { kind: 'cluster'; id: ClusterId } | null {
  if (key.startsWith('o:')) return { kind: 'organisation', id: key.slice(2) as OrgId };
  if (key.startsWith('c:')) return { kind: 'cluster', id: key.slice(2) as ClusterId };
  return null;
}
