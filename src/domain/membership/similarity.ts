/**
 * How alike two normalised organisation names are, from 0 to 1, and why: character trigrams
 * (typos), token prefixes (abbreviations such as "Tekn." for "Teknologi") and initials
 * ("USN" for "Universitetet i Sørøst-Norge"). Used only to propose duplicates for review.
 */

/** Small words that initials skip ("Universitetet i Sørøst-Norge" -> "usn"). */
const SMALL_WORDS = new Set([
  'i',
  'og',
  'for',
  'av',
  'pa',
  'på',
  'til',
  'the',
  'of',
  'and',
  'de',
  'du',
]);

export function trigrams(key: string): string[] {
  const padded = `  ${key} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

export function diceOfTrigrams(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const g of b) if (set.has(g)) shared++;
  return (2 * shared) / (a.length + b.length);
}

export function initialsOf(key: string): string {
  return key
    .split(' ')
    .filter((t) => t !== '' && !SMALL_WORDS.has(t))
    .map((t) => t[0])
    .join('');
}

/** Tokens of `short` matched in order by equal tokens or prefixes (>= 3 letters) of `long`. */
function prefixMatchScore(a: string, b: string): number {
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length !== tb.length || ta.length === 0) return 0;
  let matched = 0;
  let abbreviated = 0;
  for (let i = 0; i < ta.length; i++) {
    const x = ta[i]!;
    const y = tb[i]!;
    if (x === y) matched++;
    else if ((x.length >= 3 && y.startsWith(x)) || (y.length >= 3 && x.startsWith(y))) {
      matched++;
      abbreviated++;
    } else return 0;
  }
  // All tokens line up; each abbreviation costs a little certainty.
  return matched === ta.length ? Math.max(0, 0.95 - 0.05 * abbreviated) : 0;
}

export interface NameSimilarity {
  readonly score: number;
  readonly reason: 'typo' | 'abbreviation' | 'initials' | 'same-name';
}

export function nameSimilarity(a: string, b: string): NameSimilarity {
  if (a === b) return { score: 1, reason: 'same-name' };
  const dice = diceOfTrigrams(trigrams(a), trigrams(b));
  const prefix = prefixMatchScore(a, b);
  const single = !a.includes(' ') ? a : !b.includes(' ') ? b : null;
  const other = single === a ? b : a;
  const initials =
    single !== null &&
    single.length >= 2 &&
    initialsOf(other).length >= 2 &&
    initialsOf(other) === single
      ? 0.85
      : 0;
  const best = Math.max(dice, prefix, initials);
  const reason =
    best === initials && initials > 0
      ? 'initials'
      : best === prefix && prefix > 0
        ? 'abbreviation'
        : 'typo';
  return { score: best, reason };
}
