/**
 * Whether a text file is prose (a README, a letter, notes) rather than a table. Such a file
 * dropped with the lists must be refused as a whole ("not a membership list"), not read as a
 * one-column list whose sentences become organisations or whose apostrophes become quote errors.
 * Prose has long lines of running words ending in sentence punctuation; a one-column list of
 * names has short lines, and a table has a delimiter that splits its lines consistently.
 */

import { sniffDelimiter } from './sniff-delimiter';

const SAMPLE_LINES = 200;
/** A line of this many words or more is a sentence, not a name. */
const SENTENCE_WORDS = 7;
const SENTENCE_CHARS = 40;
const MARKDOWN = /^(#{1,6}\s|```|[-*+]\s|\d+\.\s|>\s)/;

export function looksLikeProse(text: string, ext: string): boolean {
  const lines = text
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, SAMPLE_LINES);
  if (lines.length === 0) return false;
  if (ext !== 'md' && ext !== 'markdown' && sniffDelimiter(text) !== null) return false;
  let sentences = 0;
  let markdown = 0;
  for (const line of lines) {
    // Words split on spaces only: a tab or another delimiter makes cells, not a sentence.
    if (
      line.length >= SENTENCE_CHARS &&
      !/[\t;|]/.test(line) &&
      line.split(/ +/).length >= SENTENCE_WORDS
    )
      sentences++;
    if (MARKDOWN.test(line)) markdown++;
  }
  if (sentences < 2) return false;
  return sentences * 3 >= lines.length || markdown * 4 >= lines.length;
}
