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
    if (line.split(/\s+/).length >= SENTENCE_WORDS) sentences++;
    if (MARKDOWN.test(line)) markdown++;
  }
  return sentences * 3 >= lines.length || (markdown * 4 >= lines.length && sentences > 0);
}
