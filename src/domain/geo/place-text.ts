/**
 * How written place names are compared: case, spacing, dash kinds, "fylke"/"kommune" suffixes,
 * and, as a fallback, the ASCII spellings lists use when æ, ø, å are missing ("Ostfold",
 * "More og Romsdal", "Trondelag", "Baerum") and "Vest Agder" for "Vest-Agder". Official names
 * with Sámi or Kven forms ("Troms – Romsa – Tromssa") are split into their parts.
 */

/** Lower case, one space, every dash kind as "-", spaced dashes as " - ". */
export function placeKey(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s+-\s*|\s*-\s+/g, ' - ');
}

/** The ASCII fold of a key: æ -> ae, ø -> o, å/aa -> a, accents off, hyphens as spaces. */
export function foldedKey(text: string): string {
  return placeKey(text)
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/aa/g, 'a')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The whole text, then each part of an official name written with its other-language forms. */
export function nameParts(text: string): string[] {
  const key = placeKey(text);
  const parts = key.split(' - ').filter((p) => p !== '');
  return parts.length > 1 ? [key, ...parts] : [key];
}

/** "Oslo kommune", "Agder fylkeskommune", "Vestland fylke" -> the name alone. */
export function withoutAdministrativeSuffix(key: string): string {
  return key.replace(/ (fylke(skommune)?|kommune)$/, '');
}
