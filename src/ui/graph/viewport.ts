/**
 * A canvas's viewport in the relative form saved views keep (domain/graph/viewport.ts): read it,
 * set it, and keep it through a resize. The layout's phase is marked on the instance
 * (LayoutController), so a viewport is only read or set on a graph that has settled: a force
 * layout still moving the nodes would make the relative centre mean nothing.
 */
import type { Core, NodeCollection, Position } from 'cytoscape';
import {
  isFitViewport,
  toAbsolute,
  toRelative,
  type RelativeViewport,
  type ViewportFrame,
} from '../../domain/graph/viewport';

/** The canvas's fit padding (GraphCanvas and LayoutController fit with it). */
export const FIT_PADDING = 24;

export type LayoutPhase = 'running' | 'done';
const PHASE = 'klyngekart:layout-phase';
const PHASE_EVENT = 'klyngekartlayoutphase';
/** The last relative viewport shown on a usable canvas, or set while the canvas was hidden. */
const KEPT = 'klyngekart:viewport';

export function markLayout(cy: Core, phase: LayoutPhase): void {
  if (cy.destroyed()) return;
  cy.scratch(PHASE, phase);
  cy.emit(PHASE_EVENT, [phase]);
}

export const layoutPhase = (cy: Core): LayoutPhase | undefined =>
  cy.scratch(PHASE) as LayoutPhase | undefined;

/** Calls `listener` each time a layout finishes (after its fit). Returns the unsubscribe. */
export function onLayoutDone(cy: Core, listener: () => void): () => void {
  const handler = (_event: unknown, phase: LayoutPhase) => {
    if (phase === 'done') listener();
  };
  cy.on(PHASE_EVENT, handler);
  return () => {
    if (!cy.destroyed()) cy.off(PHASE_EVENT, handler);
  };
}

/**
 * The box of the node centres, hidden nodes too: unlike cytoscape's bounding box it does not
 * grow with labels (which the presentation's font scale sizes by the zoom) or change with what a
 * threshold hides, so the same picture reads the same wherever and however it is drawn.
 */
type FitOf = (
  this: Core,
  elements: NodeCollection,
  padding: number,
) => { zoom: number; pan: Position } | undefined;

function frameOf(cy: Core): ViewportFrame {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  return {
    box: { x1, y1, w: x2 - x1, h: y2 - y1 },
    width: cy.width(),
    height: cy.height(),
    padding: FIT_PADDING,
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
  };
}

/** What the canvas shows, relative to its graph; null when hidden or empty. */
export function readViewport(cy: Core): RelativeViewport | null {
  if (cy.destroyed() || cy.nodes().empty()) return null;
  return toRelative({ zoom: cy.zoom(), pan: cy.pan() }, frameOf(cy));
}

/** Whether the canvas shows what its fit button gives (within a pixel and 0.1 % of the zoom). */
export function isAtFit(cy: Core): boolean {
  // The typings omit the arguments cytoscape's fit itself passes.
  const fitOf = cy.getFitViewport as unknown as FitOf;
  const fit = fitOf.call(cy, cy.nodes(), FIT_PADDING);
  if (!fit) return true;
  const pan = cy.pan();
  return (
    Math.abs(cy.zoom() / fit.zoom - 1) < 1e-3 &&
    Math.abs(pan.x - fit.pan.x) < 1 &&
    Math.abs(pan.y - fit.pan.y) < 1
  );
}

/**
 * The fit button's picture: the nodes with their labels. Edges run between nodes, so they add
 * nothing to the box but its cost: every edge's style and ends (2 000 edges: ~250 ms at 10x).
 */
export const fitViewport = (cy: Core): void => {
  if (!cy.destroyed()) cy.fit(cy.nodes(), FIT_PADDING);
};

/** Remembers what the canvas shows (on each viewport change), for the next resize. */
export function keepViewport(cy: Core): void {
  const now = readViewport(cy);
  if (now) cy.scratch(KEPT, isAtFit(cy) ? undefined : now);
}

/** Shows `v`, or the fit for undefined (remembered for when a hidden canvas is shown). */
export function setViewport(cy: Core, v: RelativeViewport | undefined): void {
  if (cy.destroyed()) return;
  if (v === undefined || isFitViewport(v)) {
    cy.scratch(KEPT, undefined);
    fitViewport(cy);
    return;
  }
  cy.scratch(KEPT, v);
  const abs = cy.nodes().empty() ? null : toAbsolute(v, frameOf(cy));
  if (abs) cy.viewport({ zoom: abs.zoom, pan: abs.pan });
}

/**
 * After the canvas changed size: the same part of the graph as before (fit when nothing was
 * kept yet or a layout still runs), so a saved view keeps its zoom when the page goes full screen.
 */
export function restoreAfterResize(cy: Core): void {
  const kept = cy.scratch(KEPT) as RelativeViewport | undefined;
  if (layoutPhase(cy) === 'done' && kept) setViewport(cy, kept);
  else fitViewport(cy);
}
