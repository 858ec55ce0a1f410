/**
 * Bytes of a text file -> a string, with the encoding named. Norwegian lists arrive as UTF-8 (with
 * or without BOM, "CSV UTF-8"), UTF-16 ("Unicode text" from Excel) or Windows-1252 ("CSV
 * (semikolonseparert)" from Excel in a Norwegian locale). The order of the checks matters: a BOM is
 * proof; otherwise valid UTF-8 is almost never accidental for text with æøå in Windows-1252,
 * because the single high bytes 0xE6/0xF8/0xE5 cannot stand alone in UTF-8.
 */

export type TextEncodingName =
  | 'utf-8'
  | 'utf-8 (BOM)'
  | 'utf-16le (BOM)'
  | 'utf-16be (BOM)'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'
  /** UTF-8 with single bytes that are not: those read as Windows-1252. */
  | 'utf-8 + windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Offsets in `text` of characters decoded from stray non-UTF-8 bytes (mixed encoding). */
  readonly guessedAt?: readonly number[];
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const b1 = bytes[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0)) return 0;
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const b1 = bytes[i + 1]!;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

/**
 * UTF-8 where it is valid, and each byte that is not read as Windows-1252: one stray byte (a
 * name pasted from an old system) must not turn a whole UTF-8 file into mojibake. Null when the
 * file has no valid multi-byte UTF-8 at all or more stray bytes than valid sequences: then it is
 * plain Windows-1252.
 */
function decodeMixed(bytes: Uint8Array): DecodedText | null {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  const guessedAt: number[] = [];
  let length = 0;
  let runStart = 0;
  let valid = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const part = decoder.decode(bytes.subarray(runStart, end));
      parts.push(part);
      length += part.length;
    }
  };
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8Length(bytes, i);
    if (n > 0) {
      valid++;
      i += n;
      continue;
    }
    flush(i);
    const char = decodeWindows1252(bytes.subarray(i, i + 1));
    guessedAt.push(length);
    parts.push(char);
    length += char.length;
    i++;
    runStart = i;
  }
  flush(bytes.length);
  if (valid === 0 || guessedAt.length > valid) return null;
  return { text: parts.join(''), encoding: 'utf-8 + windows-1252', guessedAt };
}

/** Windows-1252 0x80-0x9F; the five bytes it leaves undefined map to the C1 controls, as WHATWG says. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * By hand rather than TextDecoder('windows-1252'): Node's decoder (unlike browsers') treats that
 * label as Latin-1 and turns 0x80-0x9F (€, Š, curly quotes, dashes) into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + chunk);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** UTF-16 without a BOM shows as ASCII text with a zero in every other byte. */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.05) return 'utf-16le';
  if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    return { text, encoding: 'utf-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: utf16(bytes.subarray(2), true), encoding: 'utf-16le (BOM)' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: utf16(bytes.subarray(2), false), encoding: 'utf-16be (BOM)' };
  }
  const bomless = guessBomlessUtf16(bytes);
  if (bomless) return { text: utf16(bytes, bomless === 'utf-16le'), encoding: bomless };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return decodeMixed(bytes) ?? { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
