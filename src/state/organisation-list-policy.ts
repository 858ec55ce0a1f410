/**
 * Whether a group of organisations may be listed by name. Anonymised, a group (an intersection,
 * a pair of clusters or counties, a cluster) of fewer than k organisations lists no one, not even
 * by pseudonym: with a handful of members, "Organisasjon 17" beside its county and type can be
 * told apart by anyone who knows the field. Counts, types and counties stay. Every view that
 * lists organisations asks `useOrganisationListPolicy().listNames(n)` first.
 */
import { useMemo } from 'react';
import { useAppState } from './store';
import type { AppState } from './types';

/** k when the user has not chosen one. */
export const DEFAULT_MIN_GROUP = 3;

export interface OrganisationListPolicy {
  /** True when a group of `n` organisations may be listed (by name or pseudonym). */
  readonly listNames: (n: number) => boolean;
  readonly anonymised: boolean;
  /** The smallest group listed when anonymised. */
  readonly k: number;
}

export function organisationListPolicy(
  anonymised: boolean,
  k: number = DEFAULT_MIN_GROUP,
): OrganisationListPolicy {
  return { anonymised, k, listNames: (n) => !anonymised || n >= k };
}

export const policyOf = (s: AppState): OrganisationListPolicy =>
  organisationListPolicy(s.anonymised, s.minGroup ?? DEFAULT_MIN_GROUP);

export function useOrganisationListPolicy(): OrganisationListPolicy {
  const anonymised = useAppState((s) => s.anonymised);
  const k = useAppState((s) => s.minGroup ?? DEFAULT_MIN_GROUP);
  return useMemo(() => organisationListPolicy(anonymised, k), [anonymised, k]);
}
