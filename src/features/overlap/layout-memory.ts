/**
 * The overlap map keeps its picture across rebuilds: a merge decision, a placement or a new
 * mapping rebuilds the data, and a map laid out again from scratch would move every cluster even
 * when only a shared count changed. So the force layout's positions are remembered by node id (a
 * cluster's page id, stable within a workspace); a later run puts every known node back where it
 * was and places only new nodes, next to the clusters they overlap with (or beside the picture
 * when they overlap with none). Only the reset button (or a map with no known node) lays out anew.
 */
import type { Core, NodeSingular, Position } from 'cytoscape';

export type PositionMemory = Map<string, Position>;

/** One memory per page: the overlap map is one canvas, and its node ids are the workspace's. */
export const overlapPositions: PositionMemory = new Map();

/** Puts back the remembered positions; false when no node is known (lay out from scratch). */
export function restorePositions(cy: Core, memory: PositionMemory): boolean {
  const nodes = cy.nodes();
  const fresh: NodeSingular[] = [];
  let known = 0;
  nodes.forEach((node) => {
    const at = memory.get(node.id());
    if (at) {
      node.position({ ...at });
      known++;
    } else fresh.push(node);
  });
  if (known === 0) return false;
  placeNew(cy, fresh, memory);
  return true;
}

/** New nodes: at the mean of their known neighbours, nudged apart; else on a ring outside. */
function placeNew(cy: Core, fresh: readonly NodeSingular[], memory: PositionMemory): void {
  if (fresh.length === 0) return;
  const box = cy
    .nodes()
    .filter((n) => memory.has(n.id()))
    .boundingBox({});
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const radius = Math.max(box.w, box.h) / 2 + 80;
  fresh.forEach((node, i) => {
    const near = node.neighborhood('node').filter((n) => memory.has(n.id()));
    if (near.length > 0) {
      let x = 0;
      let y = 0;
      near.forEach((n) => {
        x += n.position('x');
        y += n.position('y');
      });
      // A small, fixed offset per new node, so two new nodes with the same neighbours do not
      // land on top of each other (and the same data gives the same picture).
      const angle = (2 * Math.PI * i) / fresh.length;
      node.position({
        x: x / near.length + 40 * Math.cos(angle),
        y: y / near.length + 40 * Math.sin(angle),
      });
    } else {
      const angle = (2 * Math.PI * i) / fresh.length - Math.PI / 2;
      node.position({
        x: centre.x + radius * Math.cos(angle),
        y: centre.y + radius * Math.sin(angle),
      });
    }
  });
}

/** Remembers where every node of the canvas is now (and forgets nodes no longer on it). */
export function rememberPositions(cy: Core, memory: PositionMemory): void {
  memory.clear();
  cy.nodes().forEach((node) => {
    memory.set(node.id(), { ...node.position() });
  });
}
