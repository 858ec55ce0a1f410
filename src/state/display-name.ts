/**
 * The one place the page gets a name for an id: `displayName(kind, id)`. Views never read names
 * off records; they ask this, so the anonymised mode swaps one function. Anonymised, an
 * organisation is "Organisasjon 17" / "Organisation 17" (its position in the data, which says
 * nothing about who it is) and its number is hidden; clusters and counties keep their names,
 * which are public, unless the user also hides them ("Klynge 3": its position in the data).
 * Unknown ids give "" rather than an id.
 */
import { useMemo } from 'react';
import type { EntityId, EntityKind } from '../domain/page/ids';
import { ABROAD, UNKNOWN, type PageModel } from '../domain/page/model';
import { useAppState } from './store';
import type { AppState, Language } from './types';

export type DisplayName = <K extends EntityKind>(kind: K, id: EntityId<K>) => string;

export interface DisplayOptions {
  readonly anonymised: boolean;
  readonly language: Language;
  /** With `anonymised`: clusters are "Klynge 3" / "Cluster 3" too. */
  readonly hideClusterNames?: boolean;
}

const ORGANISATION_WORD: Record<Language, string> = { nb: 'Organisasjon', en: 'Organisation' };
const CLUSTER_WORD: Record<Language, string> = { nb: 'Klynge', en: 'Cluster' };
const BUCKET_WORDS: Record<Language, Record<string, string>> = {
  nb: { [ABROAD]: 'Utlandet', [UNKNOWN]: 'Ukjent' },
  en: { [ABROAD]: 'Abroad', [UNKNOWN]: 'Unknown' },
};

export function displayNameOf(model: PageModel | null, options: DisplayOptions): DisplayName {
  const hideClusters = options.anonymised && options.hideClusterNames === true;
  let clusterIndex: Map<string, number> | null = null;
  const clusterNumber = (id: string) => {
    clusterIndex ??= new Map([...(model?.clusters.keys() ?? [])].map((k, i) => [k, i + 1]));
    return clusterIndex.get(id);
  };
  return (kind, id) => {
    if (!model) return '';
    switch (kind) {
      case 'organisation': {
        const org = model.organisations.get(id as EntityId<'organisation'>);
        if (!org) return '';
        return options.anonymised
          ? `${ORGANISATION_WORD[options.language]} ${org.index}`
          : org.name;
      }
      case 'cluster': {
        const cluster = model.clusters.get(id as EntityId<'cluster'>);
        if (!cluster) return '';
        return hideClusters
          ? `${CLUSTER_WORD[options.language]} ${clusterNumber(cluster.id) ?? ''}`
          : cluster.name;
      }
      case 'county': {
        const county = model.counties.get(id as EntityId<'county'>);
        if (!county) return '';
        return BUCKET_WORDS[options.language][county.id] ?? county.name;
      }
    }
    return '';
  };
}

/** An organisation's number for display, or undefined when anonymised or unknown. */
export function orgNumberOf(
  model: PageModel | null,
  anonymised: boolean,
  id: EntityId<'organisation'>,
): string | undefined {
  return anonymised ? undefined : model?.organisations.get(id)?.orgNumber;
}

/** The displayName of the data shown, in the UI's language and mode. */
export function useDisplayName(): DisplayName {
  const model = useAppState((s) => s.data?.model ?? null);
  const anonymised = useAppState((s) => s.anonymised);
  const language = useAppState((s) => s.language);
  const hideClusterNames = useAppState((s) => s.hideClusterNames ?? false);
  return useMemo(
    () => displayNameOf(model, { anonymised, language, hideClusterNames }),
    [model, anonymised, language, hideClusterNames],
  );
}

/** An organisation's number for display (undefined when anonymised). */
export function useOrgNumber(): (id: EntityId<'organisation'>) => string | undefined {
  const model = useAppState((s) => s.data?.model ?? null);
  const anonymised = useAppState((s) => s.anonymised);
  return useMemo(() => (id) => orgNumberOf(model, anonymised, id), [model, anonymised]);
}

/** The displayName of the state as it is now, outside React (exports, the CLI-free producers). */
export function displayNameNow(state: AppState): DisplayName {
  return displayNameOf(state.data?.model ?? null, {
    anonymised: state.anonymised,
    language: state.language,
    hideClusterNames: state.hideClusterNames ?? false,
  });
}
