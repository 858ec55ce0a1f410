/**
 * What is under the pointer on a canvas: a node if one is hit (nodes are drawn above edges, and
 * cytoscape's node test includes labels), else the edge by the kit's own rule (hit-test.ts), else
 * nothing. Shared by hover and click, so a click always selects what the hover showed.
 */
import type { Core, EventObject } from 'cytoscape';
import { edgeAt, type EdgeSegment } from './hit-test';

/** Narrowest band, in screen pixels, that counts as on an edge. */
export const MIN_HIT_PX = 10;

export type Picked = { readonly group: 'nodes' | 'edges'; readonly id: string } | null;

export function pickAt(cy: Core, event: EventObject): Picked {
  const target = event.target as Core | EventObject['target'];
  if (target !== cy && target.isNode()) return { group: 'nodes', id: target.id() };
  const { x, y } = event.position;
  const zoom = cy.zoom();
  const id = edgeAt(x, y, segments(cy), MIN_HIT_PX / zoom);
  return id === null ? null : { group: 'edges', id };
}

function* segments(cy: Core): Generator<EdgeSegment> {
  const edges = cy.edges();
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    if (edge.hasClass('hidden')) continue;
    const s = edge.source().position();
    const t = edge.target().position();
    yield {
      id: edge.id(),
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      width: Number(edge.data('w')) || 1,
      z: Number(edge.data('z')) || 0,
    };
  }
}
