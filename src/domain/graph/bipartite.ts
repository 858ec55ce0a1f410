/**
 * The organisation-cluster graph: one node per organisation and per cluster, one undirected edge
 * per membership. Organisation metrics are computed on this whole graph (clusters included), as
 * the report reads "who sits where" off the membership lists themselves. Edges carry no weight:
 * a membership is a membership.
 */
import Graph from 'graphology';

import type { ClusterId, OrgId } from '../membership/types';
import { type ClusterKey, clusterKey, type OrgKey, orgKey } from './keys';
import type { MembershipIndex } from './membership-index';

export type BipartiteNodeAttrs =
  | { readonly kind: 'organisation'; readonly id: OrgId; readonly label: string }
  | { readonly kind: 'cluster'; readonly id: ClusterId; readonly label: string };

export type MembershipEdgeAttrs = { readonly kind: 'membership' };

export type BipartiteGraph = Graph<BipartiteNodeAttrs, MembershipEdgeAttrs>;

/**
 * Every organisation and cluster of the index becomes a node, even one without memberships
 * (an isolated node), so the graph accounts for the whole dataset.
 */
export function buildBipartiteGraph(index: MembershipIndex): BipartiteGraph {
  const graph: BipartiteGraph = new Graph<BipartiteNodeAttrs, MembershipEdgeAttrs>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  for (const org of index.organisations.values()) {
    graph.addNode(orgKey(org.id), { kind: 'organisation', id: org.id, label: org.name });
  }
  for (const cluster of index.clusters.values()) {
    graph.addNode(clusterKey(cluster.id), { kind: 'cluster', id: cluster.id, label: cluster.name });
  }
  for (const [cluster, members] of index.membersOf) {
    const target: ClusterKey = clusterKey(cluster);
    for (const org of members) {
      const source: OrgKey = orgKey(org);
      graph.addEdgeWithKey(`${source}|${target}`, source, target, { kind: 'membership' });
    }
  }
  return graph;
}

/** The organisation nodes of a bipartite graph, in insertion (dataset) order. */
export function organisationNodes(graph: BipartiteGraph): OrgKey[] {
  return graph.filterNodes((_, attrs) => attrs.kind === 'organisation') as OrgKey[];
}

/** The cluster nodes of a bipartite graph, in insertion (dataset) order. */
export function clusterNodes(graph: BipartiteGraph): ClusterKey[] {
  return graph.filterNodes((_, attrs) => attrs.kind === 'cluster') as ClusterKey[];
}
