/**
 * The one place the page gets a name for an id: `displayName(kind, id)`. Views never read names
 * off records; they ask this, so the anonymised mode swaps one function. Anonymised, an
 * organisation is "Organisasjon 17" / "Organisation 17" (its position in the data, which says
 * nothing about who it is) and its number is hidden; clusters and counties keep their names,
 * which are not about people or firms' members. Unknown ids give "" rather than an id.
 */
import { useMemo } from 'react';
import type { EntityId, EntityKind } from '../domain/page/ids';
import { schemeUnit } from '../domain/geo/schemes';
import { ABROAD, UNKNOWN, type PageModel } from '../domain/page/model';
import { useAppState } from './store';
import type { Language } from './types';

export type DisplayName = <K extends EntityKind>(kind: K, id: EntityId<K>) => string;

export interface DisplayOptions {
  readonly anonymised: boolean;
  readonly language: Language;
}

const ORGANISATION_WORD: Record<Language, string> = { nb: 'Organisasjon', en: 'Organisation' };
const BUCKET_WORDS: Record<Language, Record<string, string>> = {
  nb: { [ABROAD]: 'Utlandet', [UNKNOWN]: 'Ukjent' },
  en: { [ABROAD]: 'Abroad', [UNKNOWN]: 'Unknown' },
};

export function displayNameOf(model: PageModel | null, options: DisplayOptions): DisplayName {
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
      case 'cluster':
        return model.clusters.get(id as EntityId<'cluster'>)?.name ?? '';
      case 'county': {
        const county = model.counties.get(id as EntityId<'county'>);
        if (!county) {
          // A unit of a county scheme without members of its own in the model (e.g. Viken).
          const unit = schemeUnit(id);
          return unit ? ((options.language === 'en' ? unit.nameEn : undefined) ?? unit.name) : '';
        }
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
  return useMemo(
    () => displayNameOf(model, { anonymised, language }),
    [model, anonymised, language],
  );
}

/** An organisation's number for display (undefined when anonymised). */
export function useOrgNumber(): (id: EntityId<'organisation'>) => string | undefined {
  const model = useAppState((s) => s.data?.model ?? null);
  const anonymised = useAppState((s) => s.anonymised);
  return useMemo(() => (id) => orgNumberOf(model, anonymised, id), [model, anonymised]);
}
