/**
 * What a file really is, from its content: users rename files, systems export HTML with an .xls
 * name, downloads break off. The extension only decides how we word a mismatch; the bytes decide
 * how the file is read.
 */

export type ByteKind =
  | { readonly kind: 'empty' }
  /** ZIP container: XLSX, XLSB or ODS, or something else zipped (see zip-kind.ts). */
  | { readonly kind: 'zip' }
  /** OLE2 compound file: Excel 97-2003 .xls, or an encrypted (password-protected) XLSX. */
  | { readonly kind: 'ole' }
  | { readonly kind: 'text' }
  /** `what`: the suffix of a `thing.*` message code. */
  | { readonly kind: 'binary'; readonly what: string };

const MAGIC: readonly (readonly [number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x49, 0x49, 0x2a, 0x00], 'tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'tiff'],
  [[0x52, 0x61, 0x72, 0x21], 'rar'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'rtf'],
];

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Share of bytes that no text file holds (C0 controls other than tab, line breaks, form feed and
 * the DOS end-of-file mark, plus DEL) in the first 8 KB. NUL alone is proof of binary unless the
 * text is UTF-16, which the caller has ruled in or out first.
 */
export function controlByteShare(bytes: Uint8Array): { share: number; hasNul: boolean } {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let hasNul = false;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) hasNul = true;
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) ||
      b === 0x7f
    )
      control++;
  }
  return { share: n === 0 ? 0 : control / n, hasNul };
}

/** `isUtf16` is decided by the text decoder's BOM/zero-byte checks (decode-text.ts). */
export function sniffBytes(bytes: Uint8Array, isUtf16: boolean): ByteKind {
  if (bytes.length === 0) return { kind: 'empty' };
  if (ZIP_SIGNATURES.some((sig) => startsWith(bytes, sig))) return { kind: 'zip' };
  if (startsWith(bytes, OLE_SIGNATURE)) return { kind: 'ole' };
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) return { kind: 'binary', what };
  if (isUtf16) return { kind: 'text' };
  const { share, hasNul } = controlByteShare(bytes);
  if (hasNul || share > 0.02) return { kind: 'binary', what: 'binary' };
  return { kind: 'text' };
}

export type TextKind =
  | 'blank'
  /** An HTML page with a table: what many systems export under an .xls name. */
  | 'html-table'
  /** Excel 2003 XML Spreadsheet or a flat ODF spreadsheet (.fods): SheetJS reads both. */
  | 'xml-spreadsheet'
  | 'html'
  | 'xml'
  | 'json'
  | 'delimited';

export function sniffText(text: string): TextKind {
  const body = text.trimStart();
  if (body.trim() === '') return 'blank';
  if (body.startsWith('<')) {
    const head = body.slice(0, 4096).toLowerCase();
    if (
      head.includes('urn:schemas-microsoft-com:office:spreadsheet') ||
      head.includes('<office:document')
    )
      return 'xml-spreadsheet';
    if (/<table[\s>]/i.test(body)) return 'html-table';
    if (head.startsWith('<?xml') && !head.includes('<html')) return 'xml';
    return 'html';
  }
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      JSON.parse(body);
      return 'json';
    } catch {
      return 'delimited';
    }
  }
  return 'delimited';
}
