/**
 * The distance sums closeness.ts and harmonic.ts read, from one breadth-first search per core
 * node of the leaf-folded graph (adjacency.ts) or from cheaper stand-ins for one. Leaves are
 * never searched from: distances from a leaf are 1 + distances from its neighbour. Twins after
 * the first of their class are not searched from either: they share its values (copyToTwins).
 *
 * A search is summed as a histogram: per distance d, the core nodes reached at d and the leaves
 * hanging on them (at d + 1). Every sum both metrics need is a short loop over that histogram.
 *
 * Most searches are not run at all. For a node s other than v, d(s, v) = 1 + min over the
 * neighbours c of s of d(c, v), in any graph. So the searches from a set of "hubs" keep their
 * distances (one byte per core node, 127 for none), and a node all of whose neighbours are hubs takes the
 * elementwise minimum of their rows instead of a search: a few sequential passes over a
 * small array instead of a walk over every edge. The nodes summed that way form an independent
 * set (none is another's neighbour), chosen low degree first; on a membership graph that is
 * the organisations, and the hubs are the clusters. The rows are capped by memory (MAX_ROW_BYTES),
 * and distances of 127 or more (long paths) fall back to searches for every node.
 */
import { type FoldedAdjacency } from './adjacency';

export interface DistanceSums {
  /** Nodes reachable from the node, itself and leaves included. */
  readonly reached: Float64Array;
  /** Sum of the distances to every reachable node. */
  readonly total: Float64Array;
  /** Sum of 1 / distance over every other reachable node. */
  readonly inverse: Float64Array;
  /** For a node with leaves: the sum of 1 / distance from one of its leaves. */
  readonly leafInverse: Float64Array;
}

/** Enough for 40 000 hubs over 14 000 core nodes; the 100x bench needs 23 MB. */
const MAX_ROW_BYTES = 256 * 1024 * 1024;
const UNREACHED = 127;

export interface DistanceSumsOptions {
  /** Bytes the hubs' rows may take; 0 searches from every node. */
  readonly maxRowBytes?: number;
}

export function distanceSums(
  folded: FoldedAdjacency,
  options: DistanceSumsOptions = {},
): DistanceSums {
  const n = folded.nodes.length;
  const sums: DistanceSums = {
    reached: new Float64Array(n),
    total: new Float64Array(n),
    inverse: new Float64Array(n),
    leafInverse: new Float64Array(n),
  };
  const plan = planHubs(folded, options.maxRowBytes ?? MAX_ROW_BYTES);
  if (!(plan && sumWithHubs(folded, plan, sums))) sumBySearches(folded, sums);
  copyToTwins(folded, sums);
  return sums;
}

interface HubPlan {
  /** Core nodes are 0 .. width - 1. */
  readonly width: number;
  /** Sources summed from their neighbours' rows. */
  readonly combined: Uint8Array;
  /** Row of each hub, -1 for others. */
  readonly row: Int32Array;
  readonly rows: number;
}

function planHubs(folded: FoldedAdjacency, maxRowBytes: number): HubPlan | null {
  const { starts, neighbours, isLeaf, twin } = folded;
  const n = isLeaf.length;
  let width = 0;
  for (let i = 0; i < n; i++) if (twin[i]! >= 0) width = i + 1;
  const maxRows = Math.floor(maxRowBytes / Math.max(width, 1));
  if (width === 0 || maxRows === 0) return null;
  const degree = (i: number) => starts[i + 1]! - starts[i]!;
  // A minimum over k rows costs about k passes over `width` bytes; past this degree one search
  // over the edges is cheaper.
  const maxDegree = (4 * starts[width]!) / width;
  const candidates: number[] = [];
  for (let s = 0; s < width; s++)
    if (twin[s] === s && degree(s) > 0 && degree(s) <= maxDegree) candidates.push(s);
  candidates.sort((a, b) => degree(a) - degree(b) || a - b);
  const combined = new Uint8Array(n);
  const blocked = new Uint8Array(n); // a neighbour of a combined node must be searched from
  const row = new Int32Array(n).fill(-1);
  let rows = 0;
  for (const s of candidates) {
    if (blocked[s] || row[s]! >= 0) continue;
    let added = 0;
    for (let j = starts[s]!; j < starts[s + 1]!; j++) if (row[neighbours[j]!]! < 0) added++;
    if (rows + added > maxRows) continue;
    combined[s] = 1;
    for (let j = starts[s]!; j < starts[s + 1]!; j++) {
      const c = neighbours[j]!;
      blocked[c] = 1;
      if (row[c]! < 0) row[c] = rows++;
    }
  }
  return rows === 0 ? null : { width, combined, row, rows };
}

/** Per-distance counts of one search: core nodes at d, and the leaves hanging on them. */
class Histogram {
  readonly nodes: Float64Array;
  readonly leaves: Float64Array;
  constructor(size: number) {
    this.nodes = new Float64Array(size);
    this.leaves = new Float64Array(size);
  }

  clear(bins: number): void {
    this.nodes.fill(0, 0, bins);
    this.leaves.fill(0, 0, bins);
  }

  /** Writes the sums of source s, whose nodes at distance d sit in bin d - shift, and clears. */
  flush(s: number, leafCount: Int32Array, bins: number, shift: number, sums: DistanceSums): void {
    const { nodes, leaves } = this;
    const own = leafCount[s]!;
    let reached = 1 + own;
    let total = own;
    let inverse = own;
    let leafInverse = own > 0 ? 1 + (own - 1) / 2 : 0;
    for (let b = 0; b < bins; b++) {
      const c = nodes[b]!;
      const l = leaves[b]!;
      if (c === 0 && l === 0) continue;
      const d = b + shift;
      reached += c + l;
      total += c * d + l * (d + 1);
      inverse += c / d + l / (d + 1);
      leafInverse += c / (d + 1) + l / (d + 2);
      nodes[b] = 0;
      leaves[b] = 0;
    }
    sums.reached[s] = reached;
    sums.total[s] = total;
    sums.inverse[s] = inverse;
    sums.leafInverse[s] = leafInverse;
  }
}

function sumBySearches(folded: FoldedAdjacency, sums: DistanceSums): void {
  const { starts, neighbours, isLeaf, leafCount, twin } = folded;
  const n = isLeaf.length;
  const queue = new Int32Array(n);
  const dist = new Int32Array(n).fill(-1);
  const histogram = new Histogram(n + 1);
  const { nodes, leaves } = histogram;
  for (let s = 0; s < n; s++) {
    if (isLeaf[s] || twin[s] !== s) continue;
    let tail = 1;
    let deepest = 0;
    queue[0] = s;
    dist[s] = 0;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const next = dist[v]! + 1;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (dist[w] !== -1) continue;
        dist[w] = next;
        nodes[next]!++;
        leaves[next]! += leafCount[w]!;
        queue[tail++] = w;
        deepest = next;
      }
    }
    histogram.flush(s, leafCount, deepest + 1, 0, sums);
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
}

/** False when some distance does not fit 7 bits: then the caller searches from every node. */
function sumWithHubs(folded: FoldedAdjacency, plan: HubPlan, sums: DistanceSums): boolean {
  const { starts, neighbours, isLeaf, leafCount, twin } = folded;
  const { width, combined, row } = plan;
  // Rows of whole 32-bit words, so that the minimum and the counting below read four distances
  // at a time; padding bytes stay UNREACHED.
  const words = (width + 3) >> 2;
  const stride = 4 * words;
  const matrix = new Int32Array(plan.rows * words);
  const bytes = new Uint8Array(matrix.buffer);
  bytes.fill(UNREACHED);
  const scratch = new Uint8Array(stride).fill(UNREACHED);
  const queue = new Int32Array(width);
  const searched = new Histogram(width + 1);
  // Searches: from every hub (its row is its visited mark) and every source not combined.
  for (let s = 0; s < width; s++) {
    const isSource = !isLeaf[s] && twin[s] === s && !combined[s];
    if (!isSource && row[s]! < 0) continue;
    const at = row[s]! >= 0 ? row[s]! * stride : 0;
    const dist = row[s]! >= 0 ? bytes : scratch;
    let tail = 1;
    let deepest = 0;
    queue[0] = s;
    dist[at + s] = 0;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const next = dist[at + v]! + 1;
      if (next >= UNREACHED) return false;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (dist[at + w] !== UNREACHED) continue;
        dist[at + w] = next;
        searched.nodes[next]!++;
        searched.leaves[next]! += leafCount[w]!;
        queue[tail++] = w;
        deepest = next;
      }
    }
    if (isSource) searched.flush(s, leafCount, deepest + 1, 0, sums);
    else searched.clear(deepest + 1);
    if (dist === scratch) for (let i = 0; i < tail; i++) scratch[queue[i]!] = UNREACHED;
  }
  // Combined sources: bin b holds the nodes one step beyond distance b from the nearest
  // neighbour, i.e. at distance b + 1. The few nodes with leaves are counted apart.
  const histogram = new Histogram(UNREACHED + 1);
  const { nodes, leaves } = histogram;
  const counts = new Int32Array(4 * 256);
  const leafy = Int32Array.from(
    Array.from({ length: width }, (_, v) => v).filter((v) => leafCount[v]! > 0),
  );
  const least = new Int32Array(words);
  const leastBytes = new Uint8Array(least.buffer);
  for (let s = 0; s < width; s++) {
    if (!combined[s]) continue;
    const from = starts[s]!;
    const k = starts[s + 1]! - from;
    const rowAt = (j: number) => row[neighbours[from + j]!]! * words;
    let base = leastBytes;
    let offset = 0;
    if (k === 1) {
      countWords(matrix, rowAt(0), words, counts);
      base = bytes;
      offset = rowAt(0) * 4;
    } else {
      let a = matrix;
      let aAt = rowAt(0);
      if (k > 2) {
        leastOf(matrix, rowAt(0), matrix, rowAt(1), least, words);
        for (let j = 2; j < k - 1; j++) leastOf(least, 0, matrix, rowAt(j), least, words);
        a = least;
        aAt = 0;
      }
      leastAndCount(a, aAt, matrix, rowAt(k - 1), least, words, counts);
    }
    for (let b = 0; b < UNREACHED; b++) {
      nodes[b] = counts[b]! + counts[256 + b]! + counts[512 + b]! + counts[768 + b]!;
    }
    counts.fill(0);
    for (let i = 0; i < leafy.length; i++) {
      const v = leafy[i]!;
      leaves[base[offset + v]!]! += leafCount[v]!;
    }
    // s itself is one step from each neighbour (bin 1), but is no target of its own.
    nodes[1]!--;
    leaves[1]! -= leafCount[s]!;
    leaves[UNREACHED] = 0;
    histogram.flush(s, leafCount, UNREACHED, 1, sums);
  }
  return true;
}

// The word loops of the combined sources, apart so that the engine optimises each on its own.
// Distances are below 128, so per byte (a | 0x80) - b has its top bit set exactly when a >= b,
// and no byte borrows from the next.

const HIGH = 0x80808080 | 0;

function leastOf(
  a: Int32Array,
  aAt: number,
  b: Int32Array,
  bAt: number,
  out: Int32Array,
  words: number,
): void {
  for (let i = 0; i < words; i++) {
    const x = a[aAt + i]!;
    const y = b[bAt + i]!;
    const top = (((x | HIGH) - y) & HIGH) >>> 7;
    const atLeast = (top << 8) - top; // 0xff in each byte where x >= y
    out[i] = (y & atLeast) | (x & ~atLeast);
  }
}

function leastAndCount(
  a: Int32Array,
  aAt: number,
  b: Int32Array,
  bAt: number,
  out: Int32Array,
  words: number,
  counts: Int32Array,
): void {
  for (let i = 0; i < words; i++) {
    const x = a[aAt + i]!;
    const y = b[bAt + i]!;
    const top = (((x | HIGH) - y) & HIGH) >>> 7;
    const atLeast = (top << 8) - top;
    const w = (y & atLeast) | (x & ~atLeast);
    out[i] = w;
    counts[w & 255]!++;
    counts[256 | ((w >> 8) & 255)]!++;
    counts[512 | ((w >> 16) & 255)]!++;
    counts[768 | ((w >> 24) & 255)]!++;
  }
}

/** Counts the bytes of one row by value, one table per byte lane. */
function countWords(m: Int32Array, at: number, words: number, counts: Int32Array): void {
  for (let i = 0; i < words; i++) {
    const w = m[at + i]!;
    counts[w & 255]!++;
    counts[256 | ((w >> 8) & 255)]!++;
    counts[512 | ((w >> 16) & 255)]!++;
    counts[768 | ((w >> 24) & 255)]!++;
  }
}

/** Gives every twin the sums of the first of its class (the one searched from). */
function copyToTwins(folded: FoldedAdjacency, sums: DistanceSums): void {
  const { twin } = folded;
  for (let i = 0; i < twin.length; i++) {
    const first = twin[i]!;
    if (first === -1 || first === i) continue;
    sums.reached[i] = sums.reached[first]!;
    sums.total[i] = sums.total[first]!;
    sums.inverse[i] = sums.inverse[first]!;
    sums.leafInverse[i] = sums.leafInverse[first]!;
  }
}
