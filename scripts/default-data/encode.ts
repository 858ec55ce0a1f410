/**
 * Text to the bytes real exports contain: Windows-1252 (what Norwegian Excel writes for "CSV
 * (semikolonseparert)"), UTF-8 with or without a byte-order mark, and CSV lines with quoting.
 * Written by hand rather than with TextEncoder, which knows only UTF-8.
 */

export type TextEncoding = 'windows-1252' | 'utf-8' | 'utf-8-bom';

/** Windows-1252 bytes 0x80-0x9F: the characters Latin-1 leaves as control codes there. */
const CP1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else if (CP1252_HIGH[ch] !== undefined) bytes[i] = CP1252_HIGH[ch]!;
    else throw new Error(`"${ch}" (U+${code.toString(16)}) has no Windows-1252 byte`);
  }
  return bytes;
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'windows-1252') return encodeWindows1252(text);
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  const withBom = new Uint8Array(utf8.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(utf8, 3);
  return withBom;
}

function csvCell(value: string, delimiter: string): string {
  const needsQuotes =
    value.includes(delimiter) ||
    value.includes('"') ||
    /[\r\n]/.test(value) ||
    value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a line ending after every line, the last one too (as Excel writes it). */
export function csvText(
  lines: readonly (readonly string[])[],
  delimiter: string,
  eol: string,
): string {
  return lines
    .map((cells) => cells.map((c) => csvCell(c, delimiter)).join(delimiter) + eol)
    .join('');
}
