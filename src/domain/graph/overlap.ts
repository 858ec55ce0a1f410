/**
 * Cluster overlap: how many members two clusters share, and the graph with one node per cluster
 * and one edge per pair sharing at least one member (fig. 3-3 of the report). Every cluster is a
 * node, also one that shares no member with any other (an isolated node), so cluster metrics
 * cover all clusters.
 *
 * Counting runs over each organisation's own clusters (sum of k^2 over organisations in k
 * clusters) instead of intersecting every pair of member lists, so it stays linear in the
 * membership count for lists shaped like the report's.
 *
 * Lift uses N = the organisations that are members of at least one cluster (not every
 * organisation in the dataset: one in no cluster could not be in either), so
 * lift = s * N / (|A| * |B|) is the shared count over what independent membership would give.
 */
import Graph from 'graphology';

import type { ClusterId, OrgId } from '../membership/types';
import { type ClusterKey, clusterKey } from './keys';
import type { MembershipIndex } from './membership-index';

export interface ClusterOverlap {
  /** The cluster that comes first in dataset order. */
  readonly a: ClusterId;
  readonly b: ClusterId;
  /** |A ∩ B|, at least 1. */
  readonly shared: number;
  /** |A ∩ B| / |A ∪ B|. */
  readonly jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): 1 when the smaller cluster lies wholly inside the larger. */
  readonly overlapCoefficient: number;
  /** s * N / (|A| * |B|), N the organisations in at least one cluster: 1 = as by chance. */
  readonly lift: number;
}

export type ClusterNodeAttrs = {
  readonly id: ClusterId;
  readonly label: string;
  /** Distinct members. */
  readonly members: number;
};

export type OverlapEdgeAttrs = {
  readonly shared: number;
  readonly jaccard: number;
  readonly overlapCoefficient: number;
  readonly lift: number;
};

export type OverlapGraph = Graph<ClusterNodeAttrs, OverlapEdgeAttrs>;

/** Every pair of clusters sharing at least one member, in dataset order of (a, b). */
export function clusterOverlaps(index: MembershipIndex): ClusterOverlap[] {
  const ids = [...index.clusters.keys()];
  const position = new Map<ClusterId, number>(ids.map((id, i) => [id, i]));
  const n = ids.length;

  const shared = new Map<number, number>();
  let memberCount = 0;
  for (const clusters of index.clustersOf.values()) {
    if (clusters.length > 0) memberCount++;
    if (clusters.length < 2) continue;
    const positions = clusters.map((c) => position.get(c)!).sort((x, y) => x - y);
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const pair = positions[i]! * n + positions[j]!;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }

  return [...shared.entries()]
    .sort(([x], [y]) => x - y)
    .map(([pair, count]) => {
      const a = ids[Math.floor(pair / n)]!;
      const b = ids[pair % n]!;
      const sizeA = index.membersOf.get(a)!.length;
      const sizeB = index.membersOf.get(b)!.length;
      return {
        a,
        b,
        shared: count,
        jaccard: count / (sizeA + sizeB - count),
        overlapCoefficient: count / Math.min(sizeA, sizeB),
        lift: (count * memberCount) / (sizeA * sizeB),
      };
    });
}

/** The overlap graph: node key clusterKey(id); edge attributes as in ClusterOverlap. */
export function buildOverlapGraph(
  index: MembershipIndex,
  overlaps: readonly ClusterOverlap[] = clusterOverlaps(index),
): OverlapGraph {
  const graph: OverlapGraph = new Graph<ClusterNodeAttrs, OverlapEdgeAttrs>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  for (const cluster of index.clusters.values()) {
    graph.addNode(clusterKey(cluster.id), {
      id: cluster.id,
      label: cluster.name,
      members: index.membersOf.get(cluster.id)!.length,
    });
  }
  for (const { a, b, shared, jaccard, overlapCoefficient, lift } of overlaps) {
    const source: ClusterKey = clusterKey(a);
    const target: ClusterKey = clusterKey(b);
    graph.addEdgeWithKey(`${source}|${target}`, source, target, {
      shared,
      jaccard,
      overlapCoefficient,
      lift,
    });
  }
  return graph;
}

/** Organisations in both clusters, in the member order of `a`; empty when either is unknown. */
export function sharedMemberIds(index: MembershipIndex, a: ClusterId, b: ClusterId): OrgId[] {
  const inB = new Set(index.membersOf.get(b) ?? []);
  return (index.membersOf.get(a) ?? []).filter((org) => inB.has(org));
}
