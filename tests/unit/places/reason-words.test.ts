import { describe, expect, it } from 'vitest';
import { placeFromHints } from '../../../src/domain/geo/place';
import type { PlaceHints } from '../../../src/domain/geo/types';
import { joinWords, reasonWords } from '../../../src/features/places/reason-words';
import { isUnplaced } from '../../../src/features/places/unplaced';
import { translator } from '../../../src/ui/i18n/I18nProvider';

const nb = translator('nb');
const en = translator('en');

/** The reasons come from the domain's own placement, so a change of its wording fails here. */
function words(hints: PlaceHints, lang: 'nb' | 'en') {
  const placement = placeFromHints(hints);
  if (!isUnplaced(placement)) throw new Error(`placed: ${JSON.stringify(placement)}`);
  return reasonWords(placement, lang === 'nb' ? nb : en);
}

describe('reasonWords', () => {
  it.each<[PlaceHints, string, string]>([
    [
      { county: 'Viken' },
      '«Viken» er nå Østfold, Akershus eller Buskerud; velg fylke',
      '“Viken” is now Østfold, Akershus or Buskerud; choose a county',
    ],
    [
      { county: 'Troms og Finnmark' },
      '«Troms og Finnmark» er nå Troms eller Finnmark; velg fylke',
      '“Troms og Finnmark” is now Troms or Finnmark; choose a county',
    ],
    [{}, 'Verken kommune eller fylke oppgitt', 'Neither municipality nor county given'],
    [
      { municipalityName: 'Atlantis' },
      'Ingen kjent kommune eller fylke i «Atlantis»',
      'No known municipality or county in “Atlantis”',
    ],
  ])('%j', (hints, inNb, inEn) => {
    expect(words(hints, 'nb')).toBe(inNb);
    expect(words(hints, 'en')).toBe(inEn);
  });

  it('names a municipality that exists in two counties', () => {
    // Herøy is a municipality both in Møre og Romsdal and in Nordland.
    expect(words({ municipalityName: 'Herøy' }, 'nb')).toBe(
      'Kommunen «Herøy» finnes i Møre og Romsdal og Nordland',
    );
  });

  it('shows a reason it does not know as it was written', () => {
    expect(reasonWords({ kind: 'unknown', reason: 'register: no address' }, nb)).toBe(
      'register: no address',
    );
  });

  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A eller B'],
    [['A', 'B', 'C'], 'A, B eller C'],
  ])('joinWords(%j)', (list, expected) => {
    expect(joinWords(list, 'eller')).toBe(expected);
  });
});
