/**
 * The overlap map's layout: cytoscape's force-directed 'cose', run from a few deterministic
 * starts (a circle in name order, then seeded pseudo-random scatters) and the best result kept,
 * so the same data always gives the same picture and one unlucky start cannot strand a small
 * cluster away from the clusters it overlaps with. "Best" is the layout in which clusters that
 * overlap much (relative to the smaller one) sit closest, relative to the layout's size.
 * Sixteen nodes take about 20 ms per start (measured in Chromium, 2-core machine), ~150 ms once
 * per dataset, so this stays on the main thread: the worker layer does not load cytoscape.
 */
import type { Core, CoseLayoutOptions, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { maxOf, minOf } from '../../domain/numbers/extent';
import { mulberry32 } from '../../domain/random/mulberry32';
import { fitViewport } from '../../ui/graph/viewport';

/** How many starts to try; each is one cose run. */
const STARTS = 8;
/**
 * Above this many clusters (a wide file can have hundreds) cose's all-pairs repulsion blocks the
 * main thread for many seconds even in one short run: such maps get concentric rings instead
 * (largest clusters in the middle), which costs nothing and keeps the page answering.
 */
const LARGE = 120;

export function coseOptions(maxShared: number): CoseLayoutOptions {
  const strength = (edge: EdgeSingular) =>
    Math.sqrt(Number(edge.data('shared')) / Math.max(1, maxShared));
  return {
    name: 'cose',
    animate: false,
    randomize: false,
    fit: false,
    // Labels left out: counting them pushes the nodes so far apart that the fitted map shrinks
    // and every label becomes unreadable; the repulsion below keeps labels clear instead.
    nodeDimensionsIncludeLabels: false,
    // Tuned by eye on the example data: strong overlaps short and stiff, weak ones long and slack.
    idealEdgeLength: (edge: EdgeSingular) => 30 + 90 * (1 - strength(edge)),
    edgeElasticity: (edge: EdgeSingular) => 60 + 300 * (1 - strength(edge)),
    // 'd' is the drawn diameter the graph kit writes (see src/ui/graph/scale.ts).
    nodeRepulsion: (node: NodeSingular) => 200000 + 3000 * Number(node.data('d')),
    nodeOverlap: 20,
    gravity: 60,
    numIter: 2500,
    initialTemp: 1000,
    coolingFactor: 0.99,
    minTemp: 1,
    componentSpacing: 80,
  };
}

const byName = (a: NodeSingular, b: NodeSingular) => {
  const x = String(a.data('name'));
  const y = String(b.data('name'));
  // Code-unit order, not locale order: the same on every machine and browser.
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Start 0: a circle in name order; start k > 0: a seeded scatter over the same area. */
function placeStart(cy: Core, start: number): void {
  const nodes = cy.nodes().sort(byName);
  const radius = 25 * Math.max(4, nodes.length);
  const random = mulberry32(start);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    node.position(
      start === 0
        ? { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }
        : { x: (random() * 2 - 1) * radius, y: (random() * 2 - 1) * radius },
    );
  });
}

/**
 * Lower is better: the overlap-weighted mean edge length over the root-mean-square distance
 * between all nodes, so it does not reward a layout for merely being small.
 */
export function layoutScore(cy: Core): number {
  const nodes = cy.nodes();
  let sumSquares = 0;
  let pairs = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const p = nodes[i]!.position();
      const q = nodes[j]!.position();
      sumSquares += (p.x - q.x) ** 2 + (p.y - q.y) ** 2;
      pairs++;
    }
  }
  const scale = Math.sqrt(sumSquares / Math.max(1, pairs)) || 1;
  let weighted = 0;
  let weights = 0;
  cy.edges().forEach((edge) => {
    const w = Number(edge.data('overlap'));
    const p = edge.source().position();
    const q = edge.target().position();
    weighted += w * Math.hypot(p.x - q.x, p.y - q.y);
    weights += w;
  });
  return weights === 0 ? 0 : weighted / weights / scale;
}

export function runLayout(cy: Core, maxShared: number): void {
  if (cy.nodes().length === 0) return;
  let best: { score: number; positions: Map<string, Position> } | null = null;
  if (cy.nodes().length > LARGE) {
    const members = cy.nodes().map((n) => Number(n.data('members')));
    // About eight rings, whatever the spread of sizes.
    const ring = Math.max(1, (maxOf(members) - minOf(members)) / 8);
    cy.layout({
      name: 'concentric',
      animate: false,
      fit: false,
      concentric: (node: NodeSingular) => Number(node.data('members')),
      levelWidth: () => ring,
    }).run();
    fitViewport(cy);
    return;
  }
  for (let start = 0; start < STARTS; start++) {
    placeStart(cy, start);
    cy.layout(coseOptions(maxShared)).run();
    const score = layoutScore(cy);
    if (best === null || score < best.score) {
      best = { score, positions: new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])) };
    }
  }
  const chosen = best!.positions;
  cy.nodes().positions((node) => chosen.get(node.id())!);
  fitViewport(cy);
}
