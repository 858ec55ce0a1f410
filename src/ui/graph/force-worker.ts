/**
 * ForceAtlas2 off the main thread for large graphs: the canvas's nodes and edges are copied into a
 * graphology graph, graphology's FA2 web-worker supervisor iterates on it, and the positions are
 * copied back to cytoscape in chunks, ten a second (each copy is one short task), until the time
 * budget is spent. Returns a stop function; stopping keeps the positions reached so far.
 */
import type { Core } from 'cytoscape';
import Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

/** How often positions are copied to the canvas: every frame is too often for 13 000 nodes. */
const COPY_EVERY_MS = 100;
/** Nodes moved per copy: each copy is one task, so it must stay short (cytoscape moves are slow). */
const COPY_CHUNK = 1500;

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
  // Round robin: each tick moves the next chunk, so a full refresh of 13 000 nodes takes ~1 s.
  let cursor = 0;
  const copy = (count: number) => {
    cy.batch(() => {
      for (let k = 0; k < Math.min(count, ids.length); k++) {
        const id = ids[cursor]!;
        cursor = (cursor + 1) % ids.length;
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
  let timer = window.setInterval(() => {
    if (cy.destroyed()) return finish();
    copy(COPY_CHUNK);
    if (performance.now() - started > budgetMs) finish();
  }, COPY_EVERY_MS);
  // After the worker stops, the last positions are copied in chunks too, then `onDone`.
  function finish() {
    if (stopped) return;
    stopped = true;
    window.clearInterval(timer);
    supervisor.kill();
    let left = ids.length;
    timer = window.setInterval(() => {
      if (cy.destroyed()) {
        window.clearInterval(timer);
        return;
      }
      copy(COPY_CHUNK);
      left -= COPY_CHUNK;
      if (left > 0) return;
      window.clearInterval(timer);
      onDone();
    }, 0);
  }
  return { stop: finish };
}
