/**
 * The app's sections (tabs) and how they live in the URL: each tab is a hash ("#duplikater"), so
 * a reload or the browser's back button keeps the user where they were, and a link can point to
 * one. Also which tab the arrow keys move to. Pure: no DOM, no React.
 */

/** In display order; the first is the start page. The ids are the hashes (bokmål, stable). */
export const TAB_IDS = ['kart', 'import', 'duplikater', 'plassering'] as const;

export type TabId = (typeof TAB_IDS)[number];

export const START_TAB: TabId = 'kart';

export function isTabId(value: string): value is TabId {
  return (TAB_IDS as readonly string[]).includes(value);
}

/** "#import" -> 'import'; an empty or unknown hash opens the start tab. */
export function tabFromHash(hash: string): TabId {
  const id = decodeURIComponent(hash.replace(/^#/, '')).trim().toLowerCase();
  return isTabId(id) ? id : START_TAB;
}

export const tabHash = (id: TabId): string => `#${id}`;

/** Element ids of a tab and its panel; never equal to a hash, so the browser does not scroll. */
export const tabElementId = (id: TabId): string => `tab-${id}`;
export const panelElementId = (id: TabId): string => `tabpanel-${id}`;

/**
 * The tab a key moves to from `current` (WAI-ARIA tabs pattern: arrows wrap around, Home and
 * End go to the ends), or null for any other key.
 */
export function tabForKey(current: TabId, key: string): TabId | null {
  const i = TAB_IDS.indexOf(current);
  const n = TAB_IDS.length;
  switch (key) {
    case 'ArrowRight':
      return TAB_IDS[(i + 1) % n]!;
    case 'ArrowLeft':
      return TAB_IDS[(i - 1 + n) % n]!;
    case 'Home':
      return TAB_IDS[0];
    case 'End':
      return TAB_IDS[n - 1]!;
    default:
      return null;
  }
}
