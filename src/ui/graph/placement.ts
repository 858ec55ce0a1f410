/**
 * A quick first placement, so something shows at once while a force layout runs: new nodes on a
 * seeded scatter (mulberry32, so the same data gives the same picture), nodes already placed left
 * where they are.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { mulberry32 } from '../../domain/random/mulberry32';

export function placeNew(cy: Core, placed: ReadonlySet<string>, seed = 1): void {
  const nodes = cy.nodes().filter((n: NodeSingular) => !placed.has(n.id()));
  if (nodes.empty()) return;
  const random = mulberry32(seed);
  // Spread so nodes of ~10 units rarely overlap: area grows with the node count.
  const radius = 30 * Math.sqrt(cy.nodes().length) + 50;
  cy.batch(() => {
    nodes.forEach((node) => {
      const angle = random() * 2 * Math.PI;
      const r = radius * Math.sqrt(random());
      node.position({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
    });
  });
}
