/**
 * Where the overlap map's first paint puts its nodes, before cytoscape has loaded: where the
 * canvas last laid them out for this layout key (position-memory.ts), else the layout's own first
 * start (layout.ts, start 0: a circle in name order, same radius); with the graph kit's drawn
 * sizes. Pure, so the preview and its tests need no canvas.
 */
import { drawnSizes } from '../../ui/graph/scale';
import type { GraphView } from '../../ui/graph/types';
import type { ClusterNodeData, OverlapEdgeData } from './overlap-view';
import type { Positions } from './position-memory';

export interface PreviewNode {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly diameter: number;
  readonly colour: string | undefined;
  readonly inferred: boolean;
}

export interface PreviewEdge {
  readonly id: string;
  readonly from: PreviewNode;
  readonly to: PreviewNode;
  readonly width: number;
}

export interface Preview {
  readonly nodes: readonly PreviewNode[];
  readonly edges: readonly PreviewEdge[];
  /** The drawing's extent, labels' room included: x, y, width, height. */
  readonly box: readonly [number, number, number, number];
}

/** Room under a node for its label, in model units (the map's labels are 15 units, two lines). */
const LABEL_ROOM = 44;
const MARGIN = 24;

export function previewLayout<S, I>(
  view: GraphView<ClusterNodeData, OverlapEdgeData, S, I>,
  known: Positions | null = null,
): Preview {
  const sizes = drawnSizes(view.nodes, view.edges, view.scale);
  const ordered = [...view.nodes].sort((a, b) =>
    a.data.name < b.data.name ? -1 : a.data.name > b.data.name ? 1 : 0,
  );
  const radius = 25 * Math.max(4, ordered.length);
  const nodes = ordered.map((node, i): PreviewNode => {
    const angle = (2 * Math.PI * i) / ordered.length - Math.PI / 2;
    const at = known?.get(node.id) ?? {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
    };
    return {
      id: node.id,
      label: node.label,
      x: at.x,
      y: at.y,
      diameter: sizes.diameter.get(node.id) ?? 0,
      colour: node.colour,
      inferred: node.data.inferred,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = view.edges.flatMap((edge): PreviewEdge[] => {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (edge.hidden || !from || !to) return [];
    return [{ id: edge.id, from, to, width: sizes.width.get(edge.id) ?? 1 }];
  });
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const r = n.diameter / 2;
    left = Math.min(left, n.x - r);
    right = Math.max(right, n.x + r);
    top = Math.min(top, n.y - r);
    bottom = Math.max(bottom, n.y + r + LABEL_ROOM);
  }
  if (nodes.length === 0) [left, top, right, bottom] = [0, 0, 0, 0];
  return {
    nodes,
    edges,
    box: [left - MARGIN, top - MARGIN, right - left + 2 * MARGIN, bottom - top + 2 * MARGIN],
  };
}
