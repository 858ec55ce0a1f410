/**
 * Which of , ; tab | separates the fields of a text table. Chosen by consistency: the right
 * delimiter splits most records into the same number of fields. Papaparse's own guess looks at
 * the first lines only and is fooled by commas inside names in a semicolon file ("Berg, Hansen &
 * Co AS;923609016"), which is common in Norwegian Excel exports.
 */

import Papa from 'papaparse';

export const CANDIDATE_DELIMITERS = ['\t', ';', ',', '|'] as const;
export type Delimiter = (typeof CANDIDATE_DELIMITERS)[number];

const SAMPLE_RECORDS = 100;
const SAMPLE_CHARS = 256 * 1024;
/** Below this share of consistent records the text is taken as one column. */
const MIN_CONSISTENCY = 0.5;

interface Score {
  readonly delimiter: Delimiter;
  /**
   * Share of non-blank records, from the first one the delimiter splits (the header, below any
   * titles), that it splits into 2+ fields. Shorter rows count: exporters drop trailing empty
   * cells, so "Nordlys AS;923609016" under a five-column header is still a split row.
   */
  readonly consistency: number;
  /** The modal field count among records split into 2+ fields. */
  readonly fields: number;
  /** Records split into 2+ fields: a delimiter that splits the header as well covers more. */
  readonly split: number;
}

function score(sample: string, delimiter: Delimiter): Score | null {
  const parsed = Papa.parse<string[]>(sample, {
    delimiter,
    preview: SAMPLE_RECORDS,
    skipEmptyLines: false,
  });
  // Empty lines say nothing; a line of bare delimiters (';;;') still shows the field count.
  const all = parsed.data.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
  const first = all.findIndex((r) => r.length >= 2);
  if (first < 0) return null;
  const records = all.slice(first);
  const tally = new Map<number, number>();
  let split = 0;
  for (const r of records) {
    if (r.length < 2) continue;
    split++;
    tally.set(r.length, (tally.get(r.length) ?? 0) + 1);
  }
  let fields = 0;
  let hits = 0;
  for (const [n, count] of tally) {
    if (count > hits || (count === hits && n > fields)) {
      fields = n;
      hits = count;
    }
  }
  // One split line in a long text is a comma in a sentence, not a table.
  if (split < 2 && all.length > 2) return null;
  return { delimiter, consistency: split / records.length, fields, split };
}

/** The delimiter, or null when no candidate splits the text consistently (a one-column list). */
export function sniffDelimiter(text: string): Delimiter | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best: Score | null = null;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    if (!sample.includes(delimiter)) continue;
    const s = score(sample, delimiter);
    if (!s || s.consistency < MIN_CONSISTENCY) continue;
    if (
      !best ||
      s.consistency > best.consistency + 1e-9 ||
      (Math.abs(s.consistency - best.consistency) <= 1e-9 &&
        (s.split > best.split || (s.split === best.split && s.fields > best.fields)))
    ) {
      best = s;
    }
  }
  return best ? best.delimiter : null;
}
