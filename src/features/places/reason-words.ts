/**
 * Why an organisation is unplaced, in the UI's language. The domain explains in English
 * (geo/place.ts); the known shapes are recognised and said again with translated words, and any
 * other reason is shown as the domain wrote it rather than hidden.
 */
import { countyName } from '../../domain/geo/counties';
import type { CountyNumber } from '../../domain/geo/types';
import type { Translate } from '../../ui/i18n/I18nProvider';
import type { Unplaced } from './unplaced';

/** "A", "A eller B", "A, B eller C". */
export function joinWords(words: readonly string[], last: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

const names = (counties: readonly CountyNumber[]) => counties.map(countyName);

export function reasonWords(placement: Unplaced, t: Translate): string {
  const { reason } = placement;
  if (placement.kind === 'ambiguous') {
    const split = /^"(.+)" is now /.exec(reason);
    if (split) {
      return t('places.reason.splitCounty', {
        text: split[1]!,
        counties: joinWords(names(placement.candidates), t('places.or')),
      });
    }
    const municipality = /^municipality "(.+)" exists in /.exec(reason);
    if (municipality) {
      return t('places.reason.municipality', {
        name: municipality[1]!,
        counties: joinWords(names(placement.candidates), t('places.and')),
      });
    }
    return reason;
  }
  if (reason === 'no municipality or county given') return t('places.reason.nothing');
  const unknown = /^no known municipality or county in "(.*)"$/.exec(reason);
  if (unknown) return t('places.reason.notKnown', { text: unknown[1]! });
  return reason;
}
