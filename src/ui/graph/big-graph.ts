/**
 * Cheaper drawing for big graphs, per cytoscape's performance advice: from BIG_GRAPH_ELEMENTS on,
 * edges are left out and the rest drawn as one texture while the user pans or zooms, and the
 * canvas is drawn at one pixel per CSS pixel. cytoscape takes these only as start-up options; its
 * renderer reads them at every frame, so they are set there, for the graph the canvas has now.
 */
import type { Core } from 'cytoscape';

export const BIG_GRAPH_ELEMENTS = 5000;

interface RendererOptions {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

export function tuneForSize(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => RendererOptions | undefined }).renderer?.();
  if (!renderer) return;
  const big = cy.elements().length >= BIG_GRAPH_ELEMENTS;
  renderer.hideEdgesOnViewport = big;
  renderer.textureOnViewport = big;
  renderer.forcedPixelRatio = big ? 1 : null;
}
