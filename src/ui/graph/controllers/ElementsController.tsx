/**
 * Keeps the canvas's nodes and edges in step with the view by id (sync-plan.ts): new ones added,
 * gone ones removed, the rest updated in place, so positions survive new widths, labels or a
 * threshold (hidden elements get a class, they are not removed). A view's own data fields are
 * copied onto the element; the kit's fields (d, w, z) carry drawn sizes. Renders nothing.
 */
import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { useCy } from '../cy-context';
import { inChunks } from '../chunks';
import { scatter } from '../placement';
import { drawnSizes } from '../scale';
import { planSync } from '../sync-plan';
import type { GraphEdge, GraphNode, GraphScale } from '../types';

interface Props {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly scale?: Partial<GraphScale>;
  /** Called with the nodes once every element is on the canvas (large adds take several tasks). */
  readonly onSynced: (nodes: readonly GraphNode[]) => void;
}

/**
 * Elements added per task: adding 43 000 elements at once blocks the page for seconds, so large
 * adds go in chunks (chunks.ts), each its own task, with the page free to paint and respond in
 * between. 500 with their styles take about 50 ms here.
 */
export const ADD_CHUNK = 500;

type Wanted = {
  readonly id: string;
  readonly definition: ElementDefinition;
  readonly hidden: boolean;
};

const own = (data: unknown): Record<string, unknown> =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};

export function ElementsController({ nodes, edges, scale, onSynced }: Props) {
  const cy = useCy();
  const wanted = useMemo(() => definitions(nodes, edges, scale), [nodes, edges, scale]);
  const synced = useRef(onSynced);
  useEffect(() => {
    synced.current = onSynced;
  });

  useEffect(() => {
    const plan = planSync(
      cy.elements().map((e) => e.id()),
      wanted,
    );
    cy.batch(() => {
      for (const id of plan.remove) cy.getElementById(id).remove();
      for (const { id, definition, hidden } of plan.update) {
        const ele = cy.getElementById(id);
        ele.data(definition.data);
        // Toggled, not replaced: the selection, hover and focus classes stay.
        ele.toggleClass('hidden', hidden);
      }
    });
    // Nodes come first in `wanted`, so every added edge finds its ends.
    const newNodes = plan.add.filter((w) => w.definition.group === 'nodes').length;
    const places = scatter(newNodes, nodes.length);
    const adds = plan.add.map((w, i) =>
      i < newNodes ? { ...w.definition, position: places[i] } : w.definition,
    );
    if (adds.length <= ADD_CHUNK) {
      cy.add(adds);
      synced.current(nodes);
      return;
    }
    return inChunks(
      adds.length,
      ADD_CHUNK,
      (from, to) => {
        const added = cy.add(adds.slice(from, to));
        // cytoscape works out styles when it next needs them: at the first fit or draw, for all
        // elements in one task. Worked out here, a chunk at a time, that task stays short.
        (added as unknown as { cleanStyle?: () => void }).cleanStyle?.();
      },
      () => synced.current(nodes),
    );
  }, [cy, wanted, nodes]);

  return null;
}

function definitions(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  scale: Partial<GraphScale> | undefined,
): Wanted[] {
  const sizes = drawnSizes(nodes, edges, scale);
  const out: Wanted[] = [];
  const nodeIds = new Set<string>();
  for (const n of nodes) {
    nodeIds.add(n.id);
    const data: Record<string, unknown> = {
      ...own(n.data),
      id: n.id,
      label: n.label,
      size: n.size,
      d: sizes.diameter.get(n.id),
    };
    if (n.colour !== undefined) data.colour = n.colour;
    if (n.kind !== undefined) data.kind = n.kind;
    const classes = [n.kind, n.hidden ? 'hidden' : undefined].filter(Boolean).join(' ');
    out.push({
      id: n.id,
      definition: { group: 'nodes', data, classes },
      hidden: n.hidden === true,
    });
  }
  for (const e of edges) {
    // An edge to a node the view does not have would make cytoscape throw; say which one.
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target))
      throw new Error(`Graph view: edge "${e.id}" joins a node that is not in the view`);
    const data: Record<string, unknown> = {
      ...own(e.data),
      id: e.id,
      source: e.source,
      target: e.target,
      width: e.width,
      w: sizes.width.get(e.id),
      z: sizes.z.get(e.id),
    };
    out.push({
      id: e.id,
      definition: { group: 'edges', data, classes: e.hidden ? 'hidden' : '' },
      hidden: e.hidden === true,
    });
  }
  return out;
}
