/**
 * Which edge is under the pointer. Cytoscape picks the edge whose centre line is nearest within a
 * fixed 8 px tolerance, so at a crossing a thin edge beats the thick one the pointer is plainly
 * on (clicking the 15-shared edge selected a 1-shared one). Here the rule follows what is drawn:
 * among edges whose drawn stroke covers the point, the topmost (widest, as edges are z-ordered by
 * width) wins; only when none covers it, the nearest within a minimum hit width (for hairlines).
 * Pure geometry in model coordinates: the caller converts pixel sizes with the zoom.
 */

export interface EdgeSegment {
  readonly id: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Drawn width in model units. */
  readonly width: number;
  /** Drawing order: higher is drawn on top. */
  readonly z: number;
}

export function distanceToSegment(px: number, py: number, s: EdgeSegment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const lengthSq = dx * dx + dy * dy;
  const k =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / lengthSq));
  return Math.hypot(px - (s.x1 + k * dx), py - (s.y1 + k * dy));
}

/**
 * The edge hit at (x, y), or null. `minHitWidth` (model units) is the narrowest band that still
 * counts as on an edge, so a 1 px edge can be clicked without pixel precision.
 */
export function edgeAt(
  x: number,
  y: number,
  segments: Iterable<EdgeSegment>,
  minHitWidth: number,
): string | null {
  let covering: EdgeSegment | null = null;
  let nearest: { id: string; d: number } | null = null;
  for (const s of segments) {
    const d = distanceToSegment(x, y, s);
    if (d <= s.width / 2) {
      if (covering === null || s.z > covering.z || (s.z === covering.z && s.width > covering.width))
        covering = s;
    } else if (d <= minHitWidth / 2 && (nearest === null || d < nearest.d)) {
      nearest = { id: s.id, d };
    }
  }
  return covering?.id ?? nearest?.id ?? null;
}
