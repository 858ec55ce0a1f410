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

/** Edits (insert, delete, substitute, swap neighbours) between two short words, capped at 3. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return Math.min(3, rows[a.length]![b.length]!);
}

type TokenMatch = { readonly score: number; readonly abbreviated: boolean };

/** Words written with a full stop after them ("Tekn."), lower case: the marks of abbreviations. */
export function abbreviationsIn(name: string): ReadonlySet<string> {
  const marked = new Set<string>();
  for (const match of name.toLowerCase().matchAll(/(\p{L}{2,})\.(?=\s|,|$)/gu))
    marked.add(match[1]!);
  return marked;
}

/** Abbreviations allowed on each side; without them any prefix counts (tests, plain keys). */
export interface AbbreviationMarks {
  readonly a?: ReadonlySet<string>;
  readonly b?: ReadonlySet<string>;
}

/**
 * One word against another: equal, abbreviated ("tekn." for "teknologi"), or one or two typos.
 * An unmarked prefix is not an abbreviation: "Tind" and "Tindsund" are different names.
 */
function tokenMatch(x: string, y: string, marks: AbbreviationMarks = {}): TokenMatch {
  if (x === y) return { score: 1, abbreviated: false };
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const shortMarks = x.length <= y.length ? marks.a : marks.b;
  const marked = shortMarks === undefined || shortMarks.has(short);
  if (marked && short.length >= 3 && long.startsWith(short))
    return { score: 0.9, abbreviated: true };
  const distance = editDistance(x, y);
  if (distance === 1 && long.length >= 4) return { score: 0.85, abbreviated: false };
  if (distance === 2 && long.length >= 8) return { score: 0.75, abbreviated: false };
  return { score: 0, abbreviated: false };
}

/** Words lined up in order; the weakest pair decides. */
function alignedScore(
  ta: readonly string[],
  tb: readonly string[],
  marks: AbbreviationMarks = {},
): TokenMatch {
  let score = 1;
  let abbreviated = false;
  for (let i = 0; i < ta.length; i++) {
    const m = tokenMatch(ta[i]!, tb[i]!, marks);
    score = Math.min(score, m.score);
    abbreviated ||= m.abbreviated;
    if (score === 0) break;
  }
  return { score, abbreviated };
}

export interface NameSimilarity {
  readonly score: number;
  readonly reason: 'typo' | 'abbreviation' | 'initials' | 'extra-word' | 'same-name';
}

/**
 * Word-by-word, because a trigram score cannot tell a typo ("Nordlys Teknolgi") from a different
 * organisation with one more word ("Nordlys Teknologi Lab"). One extra word is proposed, but low.
 */
export function nameSimilarity(
  a: string,
  b: string,
  marks: AbbreviationMarks = {},
): NameSimilarity {
  if (a === b) return { score: 1, reason: 'same-name' };
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length === tb.length) {
    const m = alignedScore(ta, tb, marks);
    if (m.score > 0) return { score: m.score, reason: m.abbreviated ? 'abbreviation' : 'typo' };
  }
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1 && long.length >= 2) {
    const initials = initialsOf(long.join(' '));
    if (initials.length >= 2 && initials === short[0]) return { score: 0.8, reason: 'initials' };
  }
  // One more word, the others equal letter for letter ("Sweco Norge" / "Sweco"): weak evidence.
  if (long.length === short.length + 1 && short.length >= 1) {
    for (let skip = 0; skip < long.length; skip++) {
      const rest = long.filter((_, i) => i !== skip);
      if (rest.every((t, i) => t === short[i])) return { score: 0.65, reason: 'extra-word' };
    }
  }
  return { score: 0, reason: 'typo' };
}
