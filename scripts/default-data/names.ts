/**
 * Fictional organisation names and the ways lists write them. Every organisation gets a name whose
 * normaliseName key no other organisation has (regenerated on a clash), so the app's recognition
 * by number-or-name can find exactly the organisations the generator made. The written variants
 * (case, legal form dropped or changed, extra spaces, punctuation, "avd. Oslo") are only those
 * normaliseName folds; each is checked against the key before it is used.
 */
import { normaliseName } from '../../src/domain/membership/names';
import type { Theme } from './clusters';
import type { OrgKind } from './overlap-design';
import { pick, weighted, type Rng } from './prng';
import {
  INVESTOR_WORDS,
  NATURE,
  PLACE_HEADS,
  PLACE_TAILS,
  PUBLIC_FORMS,
  STARTUP_SUFFIXES,
  SURNAMES,
  THEME_TRADES,
} from './words';

export interface OrgName {
  /** The name without a legal form. */
  readonly base: string;
  /** Legal form written after the base ("AS"), if any. */
  readonly form?: string;
  readonly full: string;
  readonly key: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function fictionalPlace(rng: Rng): string {
  const head = pick(rng, PLACE_HEADS);
  let tail = pick(rng, PLACE_TAILS);
  // "Vikvik", "Bergberg": draw again once so doubled syllables stay rare.
  if (head.toLowerCase().endsWith(tail)) tail = pick(rng, PLACE_TAILS);
  return fold(head + tail);
}

/** Norwegian writes no triple letters where words join: "Fjell" + "labs" is "Fjellabs". */
function fold(word: string): string {
  return word.replace(/(\p{L})\1\1/gu, '$1$1');
}

function firmForm(rng: Rng): string | undefined {
  return weighted<string | undefined>(rng, [
    ['AS', 78],
    ['ASA', 5],
    ['SA', 4],
    ['ANS', 5],
    ['DA', 4],
    [undefined, 4],
  ]);
}

function draw(rng: Rng, kind: OrgKind, theme: Theme): { base: string; form?: string } {
  const trade = pick(rng, THEME_TRADES[theme]);
  switch (kind) {
    case 'firm': {
      const form = firmForm(rng);
      const surname = rng() < 0.25;
      const lead = surname
        ? pick(rng, SURNAMES)
        : rng() < 0.5
          ? fictionalPlace(rng)
          : pick(rng, NATURE);
      const compound = !surname && /^[A-ZÆØÅ][a-zæøå]{1,6}$/.test(trade) && rng() < 0.3;
      const base = compound ? fold(`${lead}${trade.toLowerCase()}`) : `${lead} ${trade}`;
      return form ? { base, form } : { base };
    }
    case 'startup': {
      const nature = pick(rng, NATURE);
      const base = weighted(rng, [
        [fold(`${nature}${pick(rng, STARTUP_SUFFIXES)}`), 4],
        [`${nature} ${trade}`, 2],
        [fold(`${capitalise(trade.toLowerCase())}${pick(rng, STARTUP_SUFFIXES)}`), 2],
      ]);
      return { base, form: 'AS' };
    }
    case 'consultancy': {
      const who = weighted(rng, [
        [pick(rng, SURNAMES), 2],
        [fictionalPlace(rng), 1],
        [pick(rng, NATURE), 1],
      ]);
      const what = pick(rng, ['Consulting', 'Rådgivning', 'Advisory', 'Analyse', 'Partners']);
      return { base: `${who} ${what}`, form: 'AS' };
    }
    case 'law': {
      const a = pick(rng, SURNAMES);
      const b = pick(
        rng,
        SURNAMES.filter((s) => s !== a),
      );
      return rng() < 0.6
        ? { base: `Advokatfirmaet ${a} & ${b}`, form: 'AS' }
        : { base: `Advokatfirmaet ${a}`, form: 'DA' };
    }
    case 'university':
      return { base: `${rng() < 0.6 ? 'Universitetet' : 'Høgskolen'} i ${fictionalPlace(rng)}` };
    case 'institute': {
      const place = fictionalPlace(rng);
      return weighted(rng, [
        [{ base: `${place} forskningsinstitutt` }, 3],
        [{ base: fold(`${pick(rng, NATURE)}forsk`), form: 'AS' }, 2],
        [{ base: `Stiftelsen ${place}forsk` }, 1],
        [{ base: `${trade}senteret ${place}` }, 1],
      ]);
    }
    case 'public':
      return { base: pick(rng, PUBLIC_FORMS)(fictionalPlace(rng)) };
    case 'investor': {
      const lead = rng() < 0.5 ? pick(rng, NATURE) : fictionalPlace(rng);
      return { base: `${lead} ${pick(rng, INVESTOR_WORDS)}`, form: 'AS' };
    }
  }
}

/** A new name whose key is not in `taken`; the key is added to it. */
export function newOrgName(rng: Rng, kind: OrgKind, theme: Theme, taken: Set<string>): OrgName {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { base, form } = draw(rng, kind, theme);
    const full = form ? `${base} ${form}` : base;
    const key = normaliseName(full);
    // The base alone must give the same key, so dropping the form is a safe variant.
    if (key === '' || taken.has(key) || normaliseName(base) !== key) continue;
    taken.add(key);
    return form ? { base, form, full, key } : { base, full, key };
  }
  throw new Error(`names: no free ${kind} name after 200 attempts`);
}

export type Variant =
  | 'canonical'
  | 'upper'
  | 'no-form'
  | 'upper-no-form'
  | 'other-form'
  | 'spaces'
  | 'punctuation'
  | 'branch';

export const VARIANTS: readonly Variant[] = [
  'upper',
  'no-form',
  'upper-no-form',
  'other-form',
  'spaces',
  'punctuation',
  'branch',
];

const OTHER_FORM: Readonly<Record<string, string>> = {
  AS: 'A/S',
  ASA: 'AS',
  SA: 'AS',
  ANS: 'DA',
  DA: 'ANS',
};

function spell(name: OrgName, variant: Variant, city: string): string {
  switch (variant) {
    case 'canonical':
      return name.full;
    case 'upper':
      return name.full.toUpperCase();
    case 'no-form':
      return name.base;
    case 'upper-no-form':
      return name.base.toUpperCase();
    case 'other-form':
      return name.form ? `${name.base} ${OTHER_FORM[name.form] ?? 'AS'}` : `${name.base} AS`;
    case 'spaces':
      return name.full.replace(/ /g, '  ');
    case 'punctuation':
      if (name.base.includes(' & ')) return name.full.replace(' & ', ' og ');
      return name.form ? `${name.base}, ${name.form}.` : `${name.full}.`;
    case 'branch':
      return `${name.full} avd. ${city}`;
  }
}

/** How a list writes the name; falls back to the canonical name if a variant would not fold. */
export function writtenName(name: OrgName, variant: Variant, city: string): string {
  const text = spell(name, variant, city);
  return normaliseName(text) === name.key ? text : name.full;
}
