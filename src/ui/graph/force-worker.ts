/**
 * ForceAtlas2 off the main thread for large graphs: the canvas's nodes and edges are copied into a
 * graphology graph, graphology's FA2 web-worker supervisor iterates on it, and the positions are
 * copied back to cytoscape a few times a second (each copy is one short task), until the time
 * budget is spent. Returns a stop function; stopping keeps the positions reached so far.
 */
import type { Core } from 'cytoscape';
import Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

/** How often positions are copied to the canvas: every frame is too often for 13 000 nodes. */
const COPY_EVERY_MS = 200;

export interface ForceRun {
  readonly stop: () => void;
}

export function runForceInWorker(cy: Core, budgetMs: number, onDone: () => void): ForceRun {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  cy.nodes().forEach((node) => {
    const p = node.position();
    graph.addNode(node.id(), { x: p.x, y: p.y });
  });
  cy.edges().forEach((edge) => {
    graph.mergeEdge(edge.data('source'), edge.data('target'), {
      weight: Number(edge.data('width')) || 1,
    });
  });
  const supervisor = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    getEdgeWeight: 'weight',
  });
  const ids = cy.nodes().map((n) => n.id());
  const copy = () => {
    cy.batch(() => {
      for (const id of ids) {
        if (!graph.hasNode(id)) continue;
        const { x, y } = graph.getNodeAttributes(id) as { x: number; y: number };
        const node = cy.getElementById(id);
        if (node.nonempty()) node.position({ x, y });
      }
    });
  };
  let stopped = false;
  const started = performance.now();
  supervisor.start();
  const timer = window.setInterval(() => {
    copy();
    if (performance.now() - started > budgetMs) finish();
  }, COPY_EVERY_MS);
  function finish() {
    if (stopped) return;
    stopped = true;
    window.clearInterval(timer);
    supervisor.kill();
    copy();
    onDone();
  }
  return { stop: finish };
}
