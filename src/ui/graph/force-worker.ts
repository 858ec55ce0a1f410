/**
 * ForceAtlas2 off the main thread for large graphs: the canvas's nodes and edges are copied into a
 * graphology graph, graphology's FA2 web-worker supervisor iterates on it, and the positions are
 * copied back to cytoscape until the time budget is spent. Every copy makes cytoscape redraw the
 * whole graph, which for 27 000 elements is a long frame, so copies are rare: a chunk of nodes
 * a quarter second for mid-sized graphs, and for big ones a full refresh every few seconds, in
 * chunks of short tasks drawn as one frame. Progress (0..1, by the budget) is reported four times a second.
 * Returns a stop function; stopping keeps the positions reached so far.
 */
import type { Core } from 'cytoscape';
import Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

/** How often the run is looked at (progress, copies, budget). */
const TICK_MS = 250;
/** Nodes moved per copy task: each copy is one task, so it must stay short. */
const COPY_CHUNK = 1000;
/** From this many nodes, positions are copied only as whole refreshes, this far apart. */
export const BIG_GRAPH_NODES = 3000;
const BIG_REFRESH_MS = 5000;

export interface ForceRun {
  readonly stop: () => void;
}

export function runForceInWorker(
  cy: Core,
  budgetMs: number,
  onDone: () => void,
  onProgress: (share: number) => void = () => {},
): ForceRun {
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
  const big = ids.length >= BIG_GRAPH_NODES;
  const move = (from: number, to: number) => {
    if (cy.destroyed()) return;
    cy.batch(() => {
      for (let k = from; k < to; k++) {
        const id = ids[k]!;
        if (!graph.hasNode(id)) continue;
        const { x, y } = graph.getNodeAttributes(id) as { x: number; y: number };
        const node = cy.getElementById(id);
        if (node.nonempty()) node.position({ x, y });
      }
    });
  };
  // Mid-sized graphs: round robin, each tick moves the next chunk of nodes.
  let cursor = 0;
  const copy = () => {
    const to = Math.min(ids.length, cursor + COPY_CHUNK);
    move(cursor, to);
    cursor = to >= ids.length ? 0 : to;
  };
  // A whole refresh, chunk by chunk (each its own task) inside one cytoscape batch, so the
  // canvas is redrawn once, after the last chunk, not once per chunk; `then` after that.
  let refreshTimer = 0;
  let refreshing = false;
  const copyAll = (then: () => void) => {
    if (refreshing) {
      window.clearTimeout(refreshTimer);
      cy.endBatch();
    }
    refreshing = true;
    cy.startBatch();
    let from = 0;
    const next = () => {
      if (cy.destroyed()) return;
      move(from, Math.min(ids.length, from + COPY_CHUNK));
      from += COPY_CHUNK;
      if (from < ids.length) {
        refreshTimer = window.setTimeout(next, 0);
        return;
      }
      refreshing = false;
      cy.endBatch();
      then();
    };
    next();
  };
  let stopped = false;
  const started = performance.now();
  let lastRefresh = started;
  supervisor.start();
  const timer = window.setInterval(() => {
    if (cy.destroyed()) return finish();
    const now = performance.now();
    onProgress(Math.min(1, (now - started) / budgetMs));
    if (now - started > budgetMs) return finish();
    if (!big) copy();
    else if (!refreshing && now - lastRefresh > BIG_REFRESH_MS) {
      lastRefresh = now;
      copyAll(() => {});
    }
  }, TICK_MS);
  // After the worker stops, the last positions are copied in chunks too, then `onDone`.
  function finish() {
    if (stopped) return;
    stopped = true;
    window.clearInterval(timer);
    supervisor.kill();
    copyAll(() => {
      onProgress(1);
      onDone();
    });
  }
  return { stop: finish };
}
