/**
 * The overlap map's layout: cytoscape's force-directed 'cose', started from the same circle every
 * time (nodes in name order), so the same data always gives the same picture. Clusters sharing
 * many members are pulled closer than pairs sharing one or two. Sixteen nodes lay out in a few
 * milliseconds, so this runs on the main thread rather than in the worker.
 */
import type { Core, CoseLayoutOptions, EdgeSingular, NodeSingular } from 'cytoscape';

/** Places the nodes on a circle in name order: cose uses these as its (deterministic) start. */
export function placeOnCircle(cy: Core): void {
  const nodes = cy
    .nodes()
    .sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
  const radius = 25 * Math.max(4, nodes.length);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

export function coseOptions(maxShared: number): CoseLayoutOptions {
  const strength = (edge: EdgeSingular) =>
    Math.sqrt(Number(edge.data('shared')) / Math.max(1, maxShared));
  return {
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: 24,
    // Labels left out: counting them pushes the nodes so far apart that the fitted map shrinks
    // and every label becomes unreadable; the repulsion below keeps labels clear instead.
    nodeDimensionsIncludeLabels: false,
    // Tuned by eye on the example data: strong overlaps short and stiff, weak ones long and slack.
    idealEdgeLength: (edge: EdgeSingular) => 30 + 90 * (1 - strength(edge)),
    edgeElasticity: (edge: EdgeSingular) => 60 + 300 * (1 - strength(edge)),
    nodeRepulsion: (node: NodeSingular) => 200000 + 3000 * Number(node.data('size')),
    nodeOverlap: 20,
    gravity: 60,
    numIter: 2500,
    initialTemp: 1000,
    coolingFactor: 0.99,
    minTemp: 1,
    componentSpacing: 80,
  };
}

export function runLayout(cy: Core, maxShared: number): void {
  if (cy.nodes().length === 0) return;
  placeOnCircle(cy);
  cy.layout(coseOptions(maxShared)).run();
}
