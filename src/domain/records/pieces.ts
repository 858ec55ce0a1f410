/**
 * A large value sent or stored in pieces (pure). The page reads a worker's message in one task:
 * a build of 127 600 organisations (dataset, analysis, page model) took one 1.1 s task of
 * structured-clone reading there, and IndexedDB copies what it stores in one task too. Split, every array, Map or Set of more than `maxItems` items in the
 * result's plain objects and arrays (and a plain object of more keys) is replaced by a marker and sent as slices of at most
 * `maxItems` items, one message each, so the page reads it in many short tasks and joins it.
 * What is not a plain object, array, Map or Set (typed arrays, dates) is left as it is, so a
 * transfer list on the skeleton still moves its buffers. Objects shared by two parts of the result
 * arrive as two copies (the app's results refer to one another by id, never by object).
 */

/** Items per slice: 10 000 organisations are read in about 30 ms here. */
export const SLICE_ITEMS = 10_000;

/** Below this depth nothing is split (and a cycle, which plain results never have, ends). */
const MAX_DEPTH = 8;

/** Marks a collection sent in slices; the key is one no result of the app uses. */
const MARK = '__klyngekartPiece';

type Kind = 'array' | 'map' | 'set' | 'object';

interface Marker {
  readonly [MARK]: number;
  readonly kind: Kind;
}

/** Items `from` on of collection `id` (entries [key, value] for a Map). */
export interface Slice {
  readonly id: number;
  readonly kind: Kind;
  readonly from: number;
  readonly items: readonly unknown[];
}

export interface Split<T> {
  readonly skeleton: T;
  readonly slices: readonly Slice[];
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

const isMarker = (value: unknown): value is Marker =>
  isPlain(value) && typeof value[MARK] === 'number';

/** `value` with its large collections taken out, and their items as slices. */
export function splitLarge<T>(value: T, maxItems: number): Split<T> {
  const slices: Slice[] = [];
  let next = 0;
  const cut = (items: readonly unknown[], kind: Kind): Marker => {
    const id = next++;
    for (let from = 0; from < items.length; from += maxItems) {
      slices.push({ id, kind, from, items: items.slice(from, from + maxItems) });
    }
    return { [MARK]: id, kind };
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > MAX_DEPTH) return v;
    if (Array.isArray(v))
      return v.length > maxItems ? cut(v, 'array') : v.map((x) => walk(x, depth + 1));
    if (v instanceof Map) return v.size > maxItems ? cut([...v], 'map') : v;
    if (v instanceof Set) return v.size > maxItems ? cut([...v], 'set') : v;
    if (!isPlain(v)) return v;
    const entries = Object.entries(v);
    // A record by name (the organisation metrics) is as large as a list.
    if (entries.length > maxItems) return cut(entries, 'object');
    const out: Record<string, unknown> = {};
    for (const [k, x] of entries) out[k] = walk(x, depth + 1);
    return out;
  };
  return { skeleton: walk(value, 0) as T, slices };
}

/**
 * Gathers slices as they come (each into its collection at once, so the work is spread over the
 * messages), then puts the collections into a skeleton. Slices may come in any order.
 */
export function createPieceCollector() {
  interface Piece {
    readonly kind: Kind;
    /** Slices that came before the ones they follow. */
    readonly waiting: Slice[];
    count: number;
    readonly value: unknown[] | Map<unknown, unknown> | Set<unknown> | Record<string, unknown>;
  }
  const pieces = new Map<number, Piece>();
  const empty = (kind: Kind): Piece['value'] =>
    kind === 'map' ? new Map() : kind === 'set' ? new Set() : kind === 'object' ? {} : [];
  const append = (piece: Piece, items: readonly unknown[]) => {
    const { value } = piece;
    if (value instanceof Map) for (const [k, v] of items as [unknown, unknown][]) value.set(k, v);
    else if (value instanceof Set) for (const item of items) value.add(item);
    else if (Array.isArray(value)) for (const item of items) value.push(item);
    else for (const [k, v] of items as [string, unknown][]) value[k] = v;
    piece.count += items.length;
  };
  return {
    add(slice: Slice): void {
      let piece = pieces.get(slice.id);
      if (!piece) {
        piece = { kind: slice.kind, waiting: [], count: 0, value: empty(slice.kind) };
        pieces.set(slice.id, piece);
      }
      piece.waiting.push(slice);
      // In order (as one port delivers them) each slice goes in at once.
      for (let at = 0; at < piece.waiting.length;) {
        const next = piece.waiting[at]!;
        if (next.from !== piece.count) {
          at++;
          continue;
        }
        append(piece, next.items);
        piece.waiting.splice(at, 1);
        at = 0;
      }
    },
    get size(): number {
      return pieces.size;
    },
    join<T>(skeleton: T): T {
      const walk = (v: unknown, depth: number): unknown => {
        if (depth > MAX_DEPTH) return v;
        if (isMarker(v)) {
          const piece = pieces.get(v[MARK]);
          if (!piece) throw new Error(`A piece of the result (${v[MARK]}) did not arrive`);
          if (piece.waiting.length > 0)
            throw new Error(`A slice of piece ${v[MARK]} did not arrive`);
          return piece.value;
        }
        if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
        if (!isPlain(v)) return v;
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = walk(x, depth + 1);
        return out;
      };
      return walk(skeleton, 0) as T;
    },
  };
}

/** The value `splitLarge` split, from its skeleton and every one of its slices. */
export function joinPieces<T>(skeleton: T, slices: readonly Slice[]): T {
  const collector = createPieceCollector();
  for (const slice of slices) collector.add(slice);
  return collector.join(skeleton);
}
