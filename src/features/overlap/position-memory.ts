/**
 * The overlap map's last laid-out positions, kept in localStorage with the layout key they belong
 * to, so the next first paint (MapPreview, before cytoscape has loaded) draws the nodes where the
 * canvas will put them: the layout is deterministic, so the same key gives the same positions and
 * the canvas replaces the drawing without a jump. One entry only; node ids are page ids, never
 * names. Without storage (blocked, full) nothing is kept and the first paint uses its own start.
 */
export type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

const KEY = 'klyngekart:overlap-positions';

interface Stored {
  readonly layoutKey: string;
  readonly positions: Record<string, { x: number; y: number }>;
}

export function rememberPositions(layoutKey: string, positions: Positions): void {
  const stored: Stored = { layoutKey, positions: Object.fromEntries(positions) };
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // No storage: the next first paint starts from the layout's first start instead.
  }
}

/** The positions kept for this layout key, when every node has one; else null. */
export function recalledPositions(layoutKey: string, ids: readonly string[]): Positions | null {
  let stored: Stored;
  try {
    const text = localStorage.getItem(KEY);
    if (!text) return null;
    stored = JSON.parse(text) as Stored;
  } catch {
    return null;
  }
  if (stored?.layoutKey !== layoutKey || typeof stored.positions !== 'object') return null;
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const p = stored.positions[id];
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return null;
    positions.set(id, { x: p.x, y: p.y });
  }
  return positions;
}
