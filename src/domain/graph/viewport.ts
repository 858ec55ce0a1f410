/**
 * A map's viewport as a saved view and a link keep it: the zoom relative to the zoom that fits
 * the box of the node centres, and the point at the canvas centre as a fraction of that box.
 * Neither depends on the absolute coordinates a layout gave the nodes or on the canvas size, so a
 * view saved on a laptop opens the same on a projector, and a force layout that lands elsewhere
 * (a worker, another run) still shows the same part of the graph. FIT_VIEWPORT stands for the
 * canvas's own fit (its fit button), whatever that is in these terms.
 */

export interface RelativeViewport {
  /** Times the fit zoom (2: twice as close as fit). */
  readonly zoom: number;
  /** The canvas centre, as a fraction of the bounding box's width (0 left edge, 1 right). */
  readonly x: number;
  /** Likewise of its height (0 top, 1 bottom). */
  readonly y: number;
}

/** The absolute viewport of a canvas: cytoscape's zoom and pan (rendered = model × zoom + pan). */
export interface AbsoluteViewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

export interface ViewportFrame {
  /** The graph's bounding box in model coordinates. */
  readonly box: {
    readonly x1: number;
    readonly y1: number;
    readonly w: number;
    readonly h: number;
  };
  /** The canvas size in pixels. */
  readonly width: number;
  readonly height: number;
  /** The fit's padding and the canvas's zoom limits (as cytoscape's fit uses them). */
  readonly padding: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** "Fit the graph": the default, left out of links. */
export const FIT_VIEWPORT: RelativeViewport = Object.freeze({ zoom: 1, x: 0.5, y: 0.5 });

/** The decimals kept (as in the URL): 1e-4 of the fit zoom or of the box is below a pixel. */
const DECIMALS = 1e4;
const round = (n: number) => Math.round(n * DECIMALS) / DECIMALS;

export const roundViewport = (v: RelativeViewport): RelativeViewport => ({
  zoom: round(v.zoom),
  x: round(v.x),
  y: round(v.y),
});

/** Equal once rounded as kept: what a canvas shows after being set to `b` compares equal to `b`. */
export function sameViewport(a: RelativeViewport, b: RelativeViewport): boolean {
  const ra = roundViewport(a);
  const rb = roundViewport(b);
  // One unit in the last place either way: reading back a set viewport may round the other way.
  const near = (p: number, q: number) => Math.abs(p - q) <= 1.5 / DECIMALS;
  return near(ra.zoom, rb.zoom) && near(ra.x, rb.x) && near(ra.y, rb.y);
}

export const isFitViewport = (v: RelativeViewport): boolean => sameViewport(v, FIT_VIEWPORT);

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Whether the frame is usable: a canvas with a size and a finite box (a hidden canvas is not). */
const usable = (f: ViewportFrame) =>
  f.width > 0 &&
  f.height > 0 &&
  [f.box.x1, f.box.y1, f.box.w, f.box.h].every(Number.isFinite) &&
  f.box.w >= 0 &&
  f.box.h >= 0;

/** The zoom cytoscape's fit gives this frame (a box without width or height: the largest). */
export function fitZoom(f: ViewportFrame): number {
  const zx = f.box.w > 0 ? (f.width - 2 * f.padding) / f.box.w : Infinity;
  const zy = f.box.h > 0 ? (f.height - 2 * f.padding) / f.box.h : Infinity;
  return clamp(Math.min(zx, zy), f.minZoom, f.maxZoom);
}

/** The relative form of what the canvas shows, or null when the frame is not usable. */
export function toRelative(v: AbsoluteViewport, f: ViewportFrame): RelativeViewport | null {
  if (!usable(f) || !(v.zoom > 0)) return null;
  const centreX = (f.width / 2 - v.pan.x) / v.zoom;
  const centreY = (f.height / 2 - v.pan.y) / v.zoom;
  return {
    zoom: v.zoom / fitZoom(f),
    x: f.box.w > 0 ? (centreX - f.box.x1) / f.box.w : 0.5,
    y: f.box.h > 0 ? (centreY - f.box.y1) / f.box.h : 0.5,
  };
}

/** The absolute viewport that shows `v` in this frame (zoom within the limits), or null. */
export function toAbsolute(v: RelativeViewport, f: ViewportFrame): AbsoluteViewport | null {
  if (!usable(f)) return null;
  const zoom = clamp(v.zoom * fitZoom(f), f.minZoom, f.maxZoom);
  const centreX = f.box.x1 + v.x * f.box.w;
  const centreY = f.box.y1 + v.y * f.box.h;
  return { zoom, pan: { x: f.width / 2 - zoom * centreX, y: f.height / 2 - zoom * centreY } };
}
