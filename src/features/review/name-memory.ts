/**
 * Names of organisations seen in this session's datasets, by id. After a merge the merged-away
 * organisation leaves the dataset, yet the list of changes should still name it as the user saw
 * it; this memory lasts until the page reloads (then decision-words falls back on other clues).
 */
import type { OrgId, Organisation } from '../../domain/membership/types';

const names = new Map<OrgId, string>();
const seen = new WeakSet<readonly Organisation[]>();

/** Remembers every organisation's name; cheap to call again with the same array. */
export function rememberNames(organisations: readonly Organisation[]): ReadonlyMap<OrgId, string> {
  if (!seen.has(organisations)) {
    seen.add(organisations);
    for (const org of organisations) names.set(org.id, org.name);
  }
  return names;
}
