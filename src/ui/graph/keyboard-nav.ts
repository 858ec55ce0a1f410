/**
 * Keyboard movement between nodes: from the focused node, an arrow key goes to the nearest node
 * lying in that direction (within 45 degrees either side of it), distances measured on screen so
 * "up" means up as drawn. Off-axis nodes count as farther, so a key goes where the eye expects.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

const AXIS: Readonly<Record<Direction, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    default:
      return null;
  }
}

/** The nearest node from `from` in `direction`, or null when there is none that way. */
export function nearestInDirection(
  from: Placed,
  candidates: Iterable<Placed>,
  direction: Direction,
): string | null {
  const [ax, ay] = AXIS[direction];
  let best: { id: string; cost: number } | null = null;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along) continue;
    // Off-axis distance weighs double: of two nodes equally far, the one straight ahead wins.
    const cost = along + 2 * across;
    if (best === null || cost < best.cost || (cost === best.cost && c.id < best.id))
      best = { id: c.id, cost };
  }
  return best?.id ?? null;
}
