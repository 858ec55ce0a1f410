/**
 * The tab row's rules, pure: which tab the arrow keys move to (the element ids of tabs and panels
 * are in shared/tab-ids.ts). No DOM, no React.
 */

/**
 * The tab a key moves to from `current` among `ids` (WAI-ARIA tabs pattern: arrows wrap around,
 * Home and End go to the ends), or null for any other key.
 */
export function tabForKey(ids: readonly string[], current: string, key: string): string | null {
  const n = ids.length;
  if (n === 0) return null;
  const i = Math.max(0, ids.indexOf(current));
  switch (key) {
    case 'ArrowRight':
      return ids[(i + 1) % n]!;
    case 'ArrowLeft':
      return ids[(i - 1 + n) % n]!;
    case 'Home':
      return ids[0]!;
    case 'End':
      return ids[n - 1]!;
    default:
      return null;
  }
}
