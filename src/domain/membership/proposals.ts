/**
 * Possible duplicates for the user to review: organisations that automatic recognition kept apart
 * but whose names are alike (typos, abbreviations, initials), or whose names are equal but numbers
 * differ (a wrong number in one list). Candidates come from an inverted index of rare trigrams and
 * initials, so the work grows with the number of similar pairs, not with n².
 */
import { normaliseName } from './names';
import { abbreviationsIn, initialsOf, nameSimilarity, trigrams } from './similarity';
import type { OrgId, Organisation } from './types';

export interface MergeProposal {
  readonly a: OrgId;
  readonly b: OrgId;
  /** 0..1; higher is more alike. */
  readonly score: number;
  readonly reason:
    'typo' | 'abbreviation' | 'initials' | 'extra-word' | 'same-name' | 'same-name-other-number';
}

export interface ProposalOptions {
  /** Lowest score worth showing. */
  readonly minScore?: number;
  /** Trigrams shared by more organisations than this are too common to find candidates. */
  readonly maxPostings?: number;
}

interface NameKey {
  readonly key: string;
  /** Words the written name marks as abbreviations ("Tekn."). */
  readonly abbreviations: ReadonlySet<string>;
}

/**
 * Written names are compared on their first 300 characters: real names are far shorter, and a
 * pasted 1 MB cell must not keep the build busy (every step below grows with name length).
 * Identity itself is decided on the whole name by resolve.ts; this only limits what is proposed.
 */
export const MAX_COMPARED_LENGTH = 300;

function keysOf(org: Organisation): NameKey[] {
  const byKey = new Map<string, Set<string>>();
  for (const whole of [org.name, ...org.aliases]) {
    const written =
      whole.length > MAX_COMPARED_LENGTH ? whole.slice(0, MAX_COMPARED_LENGTH) : whole;
    const key = normaliseName(written);
    if (key === '') continue;
    const marks = byKey.get(key) ?? new Set<string>();
    for (const word of abbreviationsIn(written)) marks.add(normaliseName(word));
    byKey.set(key, marks);
  }
  return [...byKey].map(([key, abbreviations]) => ({ key, abbreviations }));
}

export function proposeDuplicates(
  organisations: readonly Organisation[],
  options: ProposalOptions = {},
): MergeProposal[] {
  const minScore = options.minScore ?? 0.55;
  const maxPostings = options.maxPostings ?? 200;
  const keys = organisations.map(keysOf);
  const grams = keys.map((ks) => ks.map((k) => trigrams(k.key)));

  const index = new Map<string, number[]>();
  const post = (token: string, i: number) => {
    const list = index.get(token);
    if (!list) index.set(token, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  keys.forEach((ks, i) =>
    ks.forEach(({ key }, k) => {
      for (const g of grams[i]![k]!) post(`g${g}`, i);
      if (!key.includes(' ')) post(`i${key}`, i);
      const initials = initialsOf(key);
      if (initials.length >= 2 && key.includes(' ')) post(`i${initials}`, i);
    }),
  );

  const proposals: MergeProposal[] = [];
  // Shared rare trigrams per candidate, counted in a reused array: only candidates sharing a fair
  // part of their trigrams are compared word by word, which keeps the work near-linear.
  const shared = new Int32Array(organisations.length);
  const INITIALS_HIT = 1000;
  for (let i = 0; i < organisations.length; i++) {
    const touched: number[] = [];
    let fewest = Infinity;
    for (const { key } of keys[i]!) {
      const own = trigrams(key);
      fewest = Math.min(fewest, own.length);
      const add = (token: string, weight: number) => {
        const list = index.get(token);
        if (!list || list.length > maxPostings) return;
        for (const j of list) {
          if (j <= i) continue;
          if (shared[j] === 0) touched.push(j);
          shared[j] += weight;
        }
      };
      for (const g of own) add(`g${g}`, 1);
      add(`i${key}`, INITIALS_HIT);
      add(`i${initialsOf(key)}`, INITIALS_HIT);
    }
    const needed = Math.max(2, Math.floor(fewest * 0.35));
    const candidates = touched.filter((j) => shared[j]! >= needed);
    for (const j of touched) shared[j] = 0;
    for (const j of candidates) {
      const a = organisations[i]!;
      const b = organisations[j]!;
      let best = { score: 0, reason: 'typo' as MergeProposal['reason'] };
      for (const ka of keys[i]!) {
        for (const kb of keys[j]!) {
          const s = nameSimilarity(ka.key, kb.key, { a: ka.abbreviations, b: kb.abbreviations });
          if (s.score > best.score) best = s;
        }
      }
      if (best.score < minScore) continue;
      const differentNumbers = !!a.orgNumber && !!b.orgNumber && a.orgNumber !== b.orgNumber;
      // Two valid, different numbers are strong evidence against: propose only equal names.
      if (differentNumbers && best.reason !== 'same-name') continue;
      proposals.push({
        a: a.id,
        b: b.id,
        score: differentNumbers ? Math.min(best.score, 0.7) : best.score,
        reason: differentNumbers ? 'same-name-other-number' : best.reason,
      });
    }
  }
  return proposals.sort(
    (x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}
