/**
 * The four clusters of the example data that the source report does not name: they are inferred
 * from its other chapters and public sources (shared/REPORT-FACTS.md), so the app marks them
 * "antatt" wherever the example data shows cluster names. User-loaded data is never marked.
 */
import { useCallback } from 'react';
import { useAppState } from '../../state/store';

export const INFERRED_CLUSTERS: readonly string[] = [
  'NCE Energy Valley',
  'Norsk senter for sirkulær økonomi (NCCE)',
  'Oslo Edtech Cluster',
  'SAMS Norway',
];

const INFERRED = new Set(INFERRED_CLUSTERS);

/** A predicate: is this cluster name an inferred one in the data now shown? */
export function useIsInferred(): (clusterName: string) => boolean {
  const isDefault = useAppState((s) => s.data?.source === 'default');
  return useCallback((name: string) => isDefault && INFERRED.has(name), [isDefault]);
}
