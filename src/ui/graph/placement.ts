/**
 * A quick first placement, so something shows at once while a force layout runs: nodes new to the
 * canvas get positions on a seeded scatter (mulberry32, so the same data gives the same picture)
 * as they are added, which costs nothing extra; nodes already placed stay where they are.
 */
import type { Position } from 'cytoscape';
import { mulberry32 } from '../../domain/random/mulberry32';

/** `count` positions on a disc that grows with the number of nodes on the canvas (`total`). */
export function scatter(count: number, total: number, seed = 1): Position[] {
  const random = mulberry32(seed);
  // Area grows with the node count, so nodes of ~10 units rarely overlap.
  const radius = 30 * Math.sqrt(total) + 50;
  const out: Position[] = [];
  for (let i = 0; i < count; i++) {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    out.push({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  return out;
}
