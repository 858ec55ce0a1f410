/**
 * Where fig. 3-3 puts its clusters: on a circle, in an order that keeps strongly linked clusters
 * next to each other (a greedy chain: start from the largest cluster, then always step to the
 * unplaced cluster sharing most members with the one just placed, else the largest left). Pure
 * and deterministic, so the page, the CLI's HTML file and the tests draw the same picture; linear
 * in the links plus clusters², fine for the hundreds of clusters a report can show.
 */

export interface LayoutLink {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Positions in the unit square [0, 1]², one per node, indexed as `sizes`. */
export function circleLayout(sizes: readonly number[], links: readonly LayoutLink[]): Point[] {
  const n = sizes.length;
  if (n === 0) return [];
  if (n === 1) return [{ x: 0.5, y: 0.5 }];
  const neighbours: Map<number, number>[] = sizes.map(() => new Map());
  for (const { a, b, weight } of links) {
    neighbours[a]!.set(b, (neighbours[a]!.get(b) ?? 0) + weight);
    neighbours[b]!.set(a, (neighbours[b]!.get(a) ?? 0) + weight);
  }
  // Largest first, ties by index: the fallback order when the chain runs out of neighbours.
  const bySize = sizes.map((_, i) => i).sort((x, y) => sizes[y]! - sizes[x]! || x - y);
  const placed = new Array<boolean>(n).fill(false);
  const order: number[] = [];
  let next = 0;
  let current = -1;
  while (order.length < n) {
    let best = -1;
    let bestWeight = 0;
    if (current >= 0) {
      for (const [other, weight] of neighbours[current]!) {
        if (placed[other]) continue;
        if (weight > bestWeight || (weight === bestWeight && other < best)) {
          best = other;
          bestWeight = weight;
        }
      }
    }
    if (best < 0) {
      while (placed[bySize[next]!]) next++;
      best = bySize[next]!;
    }
    placed[best] = true;
    order.push(best);
    current = best;
  }
  const positions = new Array<Point>(n);
  order.forEach((node, k) => {
    // Start at the top and go clockwise.
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
    positions[node] = { x: 0.5 + 0.5 * Math.cos(angle), y: 0.5 + 0.5 * Math.sin(angle) };
  });
  return positions;
}
