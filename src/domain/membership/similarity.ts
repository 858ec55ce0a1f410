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

/** Distances at or above this are all "different" to the callers, so the table stops there. */
const DISTANCE_CAP = 3;

/**
 * Edits (insert, delete, substitute, swap neighbours) between two words, capped at 3. Only a
 * band of width 2·cap+1 around the diagonal can hold a distance under the cap, and three rows
 * suffice for the swap, so the cost is O(length) in time and memory: a 30 000-letter name must
 * not allocate an n×m matrix (that crashed the tab).
 */
export function editDistance(left: string, right: string): number {
  const cap = DISTANCE_CAP;
  if (Math.abs(left.length - right.length) >= cap) return cap;
  // A shared start and end cost nothing; keep one letter of each so a swap across the cut counts.
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  let end = 0;
  while (
    end < left.length - start &&
    end < right.length - start &&
    left[left.length - 1 - end] === right[right.length - 1 - end]
  )
    end++;
  start = Math.max(0, start - 1);
  end = Math.max(0, end - 1);
  const a = left.slice(start, left.length - end);
  const b = right.slice(start, right.length - end);
  const m = b.length;
  let before = new Int32Array(m + 1).fill(cap);
  let previous = new Int32Array(m + 1).fill(cap);
  let current = new Int32Array(m + 1).fill(cap);
  for (let j = 0; j <= Math.min(m, cap); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - cap);
    const to = Math.min(m, i + cap);
    current.fill(cap, Math.max(0, from - 1), Math.min(m, to + 1) + 1);
    current[0] = i < cap ? i : cap;
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = Math.min(d, cap);
      rowMin = Math.min(rowMin, current[j]!);
    }
    // Every later cell is at least the smallest of this row (and the row before, for swaps).
    if (rowMin >= cap && i > 1) {
      let prevMin = cap;
      for (let j = Math.max(0, from - 1); j <= to; j++) prevMin = Math.min(prevMin, previous[j]!);
      if (prevMin >= cap) return cap;
    }
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(cap, previous[m]!);
}

type TokenMatch = { readonly score: number; readonly abbreviated: boolean };

/**
 * Words written with a full stop after them ("Tekn."), lower case: the marks of abbreviations.
 * One pass over maximal letter runs: the former lookbehind-free regex retried every start inside
 * a long run of letters, which made a 1 MB name quadratic.
 */
export function abbreviationsIn(name: string): ReadonlySet<string> {
  const marked = new Set<string>();
  const text = name.toLowerCase();
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const end = match.index + word.length;
    if (word.length < 2 || text[end] !== '.') continue;
    const next = text[end + 1];
    if (next === undefined || next === ',' || /\s/.test(next)) marked.add(word);
  }
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
    if (isOneWordMore(short, long)) return { score: 0.65, reason: 'extra-word' };
  }
  return { score: 0, reason: 'typo' };
}

/** `long` is `short` with one word put in somewhere; one pass (a copy per skip was quadratic). */
function isOneWordMore(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  for (let k = i; k < short.length; k++) if (short[k] !== long[k + 1]) return false;
  return true;
}
