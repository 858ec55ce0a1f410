/**
 * Member profiles for the partner finder: how a cluster's members (or one organisation) spread
 * over counties and member types, as count vectors keyed by label, and the cosine between two
 * such vectors. Keyed by Map, since labels come from the data.
 */
import { placeLabel } from '../analysis/place-label';
import type { Organisation } from '../membership/types';

export type Profile = ReadonlyMap<string, number>;

export interface Profiles {
  readonly county: Profile;
  readonly type: Profile;
}

export function profileOf(members: Iterable<Organisation>): Profiles {
  const county = new Map<string, number>();
  const type = new Map<string, number>();
  for (const org of members) {
    const place = placeLabel(org.placement);
    county.set(place, (county.get(place) ?? 0) + 1);
    if (org.type) type.set(org.type, (type.get(org.type) ?? 0) + 1);
  }
  return { county, type };
}

/** Cosine of two count vectors; 0 when either is empty. */
export function cosine(a: Profile, b: Profile): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, x] of a) {
    na += x * x;
    dot += x * (b.get(key) ?? 0);
  }
  for (const y of b.values()) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Profile fit in [0, 1]: the mean of the county and the type cosines, each counted only when
 * both sides have data; 'complementary' turns it round (1 - similarity), for partners whose
 * members lie elsewhere or are of other kinds. null when neither profile can be compared.
 */
export function profileFit(
  a: Profiles,
  b: Profiles,
  mode: 'similar' | 'complementary',
): { readonly fit: number; readonly county: number | null; readonly type: number | null } | null {
  const county = a.county.size > 0 && b.county.size > 0 ? cosine(a.county, b.county) : null;
  const type = a.type.size > 0 && b.type.size > 0 ? cosine(a.type, b.type) : null;
  const parts = [county, type].filter((x): x is number => x !== null);
  if (parts.length === 0) return null;
  const similarity = parts.reduce((s, x) => s + x, 0) / parts.length;
  return { fit: mode === 'similar' ? similarity : 1 - similarity, county, type };
}
