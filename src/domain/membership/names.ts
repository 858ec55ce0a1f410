/**
 * Organisation names reduced to a comparison key, so "Sintef AS", "SINTEF" and "Sintef, avd. Oslo"
 * meet. Only spelling noise is removed (case, whitespace, punctuation, quotes, accents other than
 * æøå, legal-form words, branch parts): two keys that are equal name the same organisation with
 * high confidence. Anything looser belongs to fuzzy proposals, which the user reviews.
 */

/** Legal forms in Enhetsregisteret (and common foreign ones) that say nothing about identity. */
export const LEGAL_FORMS = [
  'as',
  'asa',
  'sa',
  'ans',
  'da',
  'enk',
  'nuf',
  'sf',
  'kf',
  'iks',
  'ba',
  'bbl',
  'fkf',
  'stat',
  'ab',
  'aps',
  'gmbh',
  'ltd',
  'limited',
  'inc',
  'llc',
  'plc',
  'oy',
  'bv',
  'nv',
] as const;

const LEGAL_FORM_SET: ReadonlySet<string> = new Set(LEGAL_FORMS);

/** Spelled-out legal forms, matched before punctuation is stripped. */
const SPELLED_FORMS: readonly RegExp[] = [
  /\ba\s*\/\s*s\b/g, // "A/S"
  /\ba\.\s*s\.?(?=\s|$)/g, // "A.S." / "a.s"
  /\baksjeselskap\b/g,
  /\ballmennaksjeselskap\b/g,
  /\bnorskregistrert utenlandsk foretak\b/g,
];

/** "avd. Oslo", "avdeling Bergen", "- avd Kjeller": a branch of the same organisation. */
const BRANCH = /[,\s(-]+(avd\.?|avdeling|avdelingskontor)(\s.*)?$/;

function foldAccents(text: string): string {
  // Keep æ, ø, å as letters of their own; fold other accents (é -> e, ü -> u).
  return text
    .replace(/å/g, '\ue000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\ue000/g, 'å');
}

/** The comparison key of a name; '' when nothing identifying is left. */
export function normaliseName(name: string): string {
  let text = foldAccents(name.normalize('NFKC').toLowerCase());
  text = text.replace(/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb"'`´]/g, '');
  text = text.replace(BRANCH, '');
  for (const form of SPELLED_FORMS) text = text.replace(form, ' ');
  text = text.replace(/&/g, ' og ');
  text = text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const tokens = text.split(' ').filter((t) => t !== '');
  // Legal forms go wherever they stand ("AS Vinmonopolet", "Nammo Raufoss AS"), but a name made
  // only of such words keeps them: "DA" alone is still a name.
  const kept = tokens.filter((t) => !LEGAL_FORM_SET.has(t));
  return (kept.length > 0 ? kept : tokens).join(' ');
}
