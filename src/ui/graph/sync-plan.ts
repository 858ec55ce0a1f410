/**
 * The diff behind the elements controller: given the ids on the canvas and the elements wanted,
 * which to remove, which to add and which to update in place. Updating in place (never removing
 * and re-adding) is what keeps positions when widths, labels or a threshold change.
 */

export interface SyncPlan<T> {
  readonly remove: readonly string[];
  readonly add: readonly T[];
  readonly update: readonly T[];
}

export function planSync<T extends { readonly id: string }>(
  current: Iterable<string>,
  wanted: readonly T[],
): SyncPlan<T> {
  const wantedIds = new Set<string>();
  for (const w of wanted) wantedIds.add(w.id);
  const have = new Set<string>();
  const remove: string[] = [];
  for (const id of current) {
    have.add(id);
    if (!wantedIds.has(id)) remove.push(id);
  }
  const add: T[] = [];
  const update: T[] = [];
  for (const w of wanted) (have.has(w.id) ? update : add).push(w);
  return { remove, add, update };
}
