/**
 * The county map's zoom and pan, in the relative form saved views and links keep for the graph
 * maps (domain/graph/viewport.ts): the "graph" is the whole frame and the "canvas" is the SVG's
 * viewBox, so the fit is zoom 1 at the frame's centre and the drawing's size on screen plays no
 * part. The transform NorwayMap draws with is in frame units: screen = k × point + (x, y).
 */
import {
  FIT_VIEWPORT,
  isFitViewport,
  roundViewport,
  toAbsolute,
  toRelative,
  type RelativeViewport,
  type ViewportFrame,
} from '../../domain/graph/viewport';
import type { MapFrame } from './norway-map-geometry';

export interface MapTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The whole map is the least one sees; closer than this the counties' outlines say no more. */
export const MAP_ZOOM = { min: 1, max: 12 } as const;
/** What a + / − button or key does to the zoom. */
export const ZOOM_STEP = 1.5;
/** What an arrow key pans by, as a share of the frame. */
export const PAN_STEP = 0.1;

export const IDENTITY: MapTransform = Object.freeze({ k: 1, x: 0, y: 0 });

const viewportFrame = (frame: MapFrame): ViewportFrame => ({
  box: { x1: 0, y1: 0, w: frame.width, h: frame.height },
  width: frame.width,
  height: frame.height,
  padding: 0,
  minZoom: MAP_ZOOM.min,
  maxZoom: MAP_ZOOM.max,
});

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * Within the limits: the zoom between MAP_ZOOM's, and what is shown (1 / zoom of the frame each
 * way) within the frame, so a pan never leaves blank paper beside the map.
 */
export function clampViewport(v: RelativeViewport): RelativeViewport {
  const zoom = clamp(v.zoom, MAP_ZOOM.min, MAP_ZOOM.max);
  const half = 0.5 / zoom;
  return { zoom, x: clamp(v.x, half, 1 - half), y: clamp(v.y, half, 1 - half) };
}

/** The transform that shows `v` (undefined: the fit), within the limits. */
export function transformOf(v: RelativeViewport | undefined, frame: MapFrame): MapTransform {
  const abs = toAbsolute(clampViewport(v ?? FIT_VIEWPORT), viewportFrame(frame));
  return abs ? { k: abs.zoom, x: abs.pan.x, y: abs.pan.y } : IDENTITY;
}

/** What the transform shows, relative and rounded as kept; undefined for the fit. */
export function viewportOf(t: MapTransform, frame: MapFrame): RelativeViewport | undefined {
  const v = toRelative({ zoom: t.k, pan: { x: t.x, y: t.y } }, viewportFrame(frame));
  if (!v) return undefined;
  const kept = roundViewport(clampViewport(v));
  return isFitViewport(kept) ? undefined : kept;
}

/** Zoomed by `factor` about `at` (frame units on screen), which stays where it is. */
export function zoomAround(
  t: MapTransform,
  frame: MapFrame,
  factor: number,
  at: readonly [number, number] = [frame.width / 2, frame.height / 2],
): MapTransform {
  const k = clamp(t.k * factor, MAP_ZOOM.min, MAP_ZOOM.max);
  const moved = {
    k,
    x: at[0] - ((at[0] - t.x) * k) / t.k,
    y: at[1] - ((at[1] - t.y) * k) / t.k,
  };
  return within(moved, frame);
}

/** Moved by (dx, dy) frame units on screen (a drag), within the map. */
export function panBy(t: MapTransform, frame: MapFrame, dx: number, dy: number): MapTransform {
  return within({ k: t.k, x: t.x + dx, y: t.y + dy }, frame);
}

/** The transform pulled back within the map. */
function within(t: MapTransform, frame: MapFrame): MapTransform {
  const v = toRelative({ zoom: t.k, pan: { x: t.x, y: t.y } }, viewportFrame(frame));
  return v ? transformOf(v, frame) : IDENTITY;
}

export const sameTransform = (a: MapTransform, b: MapTransform): boolean =>
  Math.abs(a.k - b.k) < 1e-9 && Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6;

/**
 * A point on screen (client pixels) in frame units, for an SVG drawn in `box` with the default
 * preserveAspectRatio (xMidYMid meet: scaled to fit, centred).
 */
export function clientToFrame(
  box: {
    readonly left: number;
    readonly top: number;
    readonly width: number;
    readonly height: number;
  },
  frame: MapFrame,
  clientX: number,
  clientY: number,
): [number, number] {
  const scale = pixelsPerUnit(box, frame);
  if (!(scale > 0)) return [frame.width / 2, frame.height / 2];
  const offsetX = (box.width - frame.width * scale) / 2;
  const offsetY = (box.height - frame.height * scale) / 2;
  return [(clientX - box.left - offsetX) / scale, (clientY - box.top - offsetY) / scale];
}

/** Screen pixels per frame unit of an SVG drawn in `box`. */
export const pixelsPerUnit = (
  box: { readonly width: number; readonly height: number },
  frame: MapFrame,
): number => Math.min(box.width / frame.width, box.height / frame.height);
