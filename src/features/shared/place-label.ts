/** Where an organisation is, in words: its 2024 county, "Utlandet", "Ukjent" or the candidates. */
import { countyName } from '../../domain/geo/counties';
import type { Placement } from '../../domain/geo/types';
import type { Translate } from '../../ui/i18n/I18nProvider';

export function placeLabel(placement: Placement, t: Translate): string {
  switch (placement.kind) {
    case 'county':
      return countyName(placement.county);
    case 'abroad':
      return t('place.abroad');
    case 'ambiguous':
      return t('place.ambiguous', { candidates: placement.candidates.map(countyName).join(' / ') });
    case 'unknown':
      return t('place.unknown');
  }
}

/** County keys of the analysis are Norwegian names plus "Utlandet"/"Ukjent"; translate those two. */
export function countyKeyLabel(key: string, t: Translate): string {
  if (key === 'Utlandet') return t('place.abroad');
  if (key === 'Ukjent') return t('place.unknown');
  return key;
}
