/**
 * The member graph as a graph view for the graph kit: the bipartite organisation–cluster graph,
 * one node per cluster and per organisation (their page ids, which cannot collide: "c…" and
 * "o…"), one edge per membership. By default only the organisations in two or more clusters (the
 * bridges) with their clusters; every organisation on demand. Laid out by force (ForceAtlas2 in
 * the worker above a few hundred nodes). The shared selection lights what it names: an
 * organisation its clusters, a cluster its members, a pair its shared members. Pure.
 */
import type { StylesheetJson } from 'cytoscape';
import type { PageClusterId, PageOrgId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import type { Selection, SelectionItem } from '../../domain/page/selection-types';
import { ACCENT, NODE } from '../../ui/graph/base-stylesheet';
import type { ElementIds, GraphEdge, GraphNode, GraphView } from '../../ui/graph/types';

export type MemberNodeData =
  | { readonly kind: 'cluster'; readonly cluster: PageClusterId; readonly members: number }
  | { readonly kind: 'organisation'; readonly org: PageOrgId; readonly clusters: number };

export interface MemberEdgeData {
  readonly org: PageOrgId;
  readonly cluster: PageClusterId;
}

export interface MemberGraphOptions {
  readonly nameOf: (kind: 'organisation' | 'cluster', id: string) => string;
  /** Every organisation, not only those in two or more clusters. */
  readonly all: boolean;
  readonly memberTip: (name: string, clusters: number) => string;
  readonly formatCount: (n: number) => string;
}

export const ORG_COLOUR = '#b0b8c1';
export const BRIDGE_COLOUR = '#E69F00';

export const membershipEdgeId = (org: PageOrgId, cluster: PageClusterId): string =>
  `${org}|${cluster}`;

/** The organisations shown: in two or more clusters, or all; in the model's name order. */
export function shownOrganisations(model: PageModel, all: boolean): PageOrgId[] {
  return model.orgOrder.filter((id) => all || (model.clustersOf.get(id)?.length ?? 0) >= 2);
}

const stylesheet = (base: StylesheetJson): StylesheetJson => [
  ...base,
  // Thousands of organisation labels would be unreadable and slow: only lit ones are named.
  { selector: 'node.organisation', style: { label: '', 'border-width': 0 } },
  {
    selector: 'node.organisation.selected',
    style: { label: 'data(label)', 'font-size': 11, 'border-width': 3, 'border-color': ACCENT },
  },
  {
    selector: 'node.cluster',
    style: { 'font-size': 13, 'font-weight': 600, 'text-valign': 'bottom', 'text-margin-y': 4 },
  },
  // Haystack edges are straight lines cytoscape draws and measures without control points: the
  // cheapest kind, which counts with 15 000 of them (the kit's hit test works on any edge).
  { selector: 'edge', style: { width: 1, opacity: 0.35, 'curve-style': 'haystack' } },
  { selector: 'edge.selected', style: { width: 2, opacity: 0.9 } },
];

function lightOf(model: PageModel, shown: ReadonlySet<string>, selection: Selection): ElementIds {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const lightOrg = (org: PageOrgId) => {
    if (!shown.has(org)) return;
    nodes.add(org);
    for (const c of model.clustersOf.get(org) ?? []) {
      nodes.add(c);
      edges.add(membershipEdgeId(org, c));
    }
  };
  for (const org of selection.organisations) lightOrg(org);
  for (const c of selection.clusters) {
    nodes.add(c);
    for (const org of model.membersOf.get(c) ?? []) {
      if (!shown.has(org)) continue;
      nodes.add(org);
      edges.add(membershipEdgeId(org, c));
    }
  }
  for (const [a, b] of selection.clusterPairs) {
    nodes.add(a);
    nodes.add(b);
    const inB = new Set(model.membersOf.get(b) ?? []);
    for (const org of model.membersOf.get(a) ?? []) {
      if (!inB.has(org) || !shown.has(org)) continue;
      nodes.add(org);
      edges.add(membershipEdgeId(org, a));
      edges.add(membershipEdgeId(org, b));
    }
  }
  for (const clusters of selection.intersections) for (const c of clusters) nodes.add(c);
  return { nodes, edges };
}

export function memberGraphView(
  model: PageModel,
  options: MemberGraphOptions,
): GraphView<MemberNodeData, MemberEdgeData, Selection, SelectionItem> {
  const orgs = shownOrganisations(model, options.all);
  const shown = new Set<string>(orgs);
  const nodes: GraphNode<MemberNodeData>[] = [];
  for (const cluster of model.clusters.values()) {
    nodes.push({
      id: cluster.id,
      label: options.nameOf('cluster', cluster.id),
      size: cluster.members,
      colour: NODE,
      kind: 'cluster',
      data: { kind: 'cluster', cluster: cluster.id, members: cluster.members },
    });
  }
  const edges: GraphEdge<MemberEdgeData>[] = [];
  for (const org of orgs) {
    const clusters = model.clustersOf.get(org) ?? [];
    nodes.push({
      id: org,
      label: options.nameOf('organisation', org),
      size: clusters.length,
      colour: clusters.length >= 2 ? BRIDGE_COLOUR : ORG_COLOUR,
      kind: 'organisation',
      data: { kind: 'organisation', org, clusters: clusters.length },
    });
    for (const c of clusters)
      edges.push({
        id: membershipEdgeId(org, c),
        source: org,
        target: c,
        width: 1,
        data: { org, cluster: c },
      });
  }
  return {
    nodes,
    edges,
    stylesheet,
    layout: { name: 'force' },
    scale: {
      // Clusters by members; organisations small, a little larger the more clusters they join.
      nodeDiameter: (size, max) => Math.max(8, 90 * Math.sqrt(size / max)),
      edgeWidth: () => 1,
    },
    formatNumber: options.formatCount,
    selectionToElements: (selection) => lightOf(model, shown, selection),
    elementToItem: (target) => {
      if (target.group === 'edges') return { kind: 'organisation', id: target.edge.data.org };
      const d = target.node.data;
      return d.kind === 'cluster'
        ? { kind: 'cluster', id: d.cluster }
        : { kind: 'organisation', id: d.org };
    },
    tooltip: (target) => {
      if (target.group === 'edges') {
        const { org, cluster } = target.edge.data;
        return [options.nameOf('organisation', org), options.nameOf('cluster', cluster)];
      }
      const d = target.node.data;
      return d.kind === 'cluster'
        ? [target.node.label, options.formatCount(d.members)]
        : [options.memberTip(target.node.label, d.clusters)];
    },
  };
}
