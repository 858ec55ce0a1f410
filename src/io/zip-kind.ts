/**
 * What a ZIP holds, from its entry names (and the ODF mimetype entry): an Excel workbook, an
 * OpenDocument spreadsheet, or something that is not a spreadsheet at all (a Word file, or a plain
 * zip of several lists, which the user should unpack first).
 */

import type { ZipEntry } from './zip-size';

export type ZipKind =
  | { readonly kind: 'xlsx' | 'xlsb' | 'ods' }
  /** `what`: the suffix of a `thing.*` code; `lists`: files inside a zip archive. */
  | { readonly kind: 'other'; readonly what: string; readonly lists?: readonly string[] };

const ODF_WHAT: Readonly<Record<string, string>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/vnd.oasis.opendocument.graphics': 'odg',
};

/** The ODF `mimetype` entry is stored uncompressed right after its local header. */
function storedText(bytes: Uint8Array, entry: ZipEntry): string | null {
  if (entry.method !== 0 || entry.compressedSize > 200) return null;
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(p, true) !== 0x04034b50) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  return new TextDecoder('utf-8').decode(bytes.subarray(start, end)).trim();
}

export function zipKind(bytes: Uint8Array, entries: readonly ZipEntry[]): ZipKind {
  const names = new Set(entries.map((e) => e.name.replace(/^\/+/, '')));
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx' };
  if (names.has('xl/workbook.bin')) return { kind: 'xlsb' };
  if (names.has('word/document.xml')) return { kind: 'other', what: 'docx' };
  if (names.has('ppt/presentation.xml')) {
    return { kind: 'other', what: 'pptx' };
  }
  const mimetypeEntry = entries.find((e) => e.name === 'mimetype');
  const mimetype = mimetypeEntry ? storedText(bytes, mimetypeEntry) : null;
  if (mimetype) {
    if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet'))
      return { kind: 'ods' };
    const what = ODF_WHAT[mimetype];
    if (what) return { kind: 'other', what };
  }
  if (names.has('content.xml') && names.has('META-INF/manifest.xml')) return { kind: 'ods' };
  const lists = [...names].filter((n) => /\.(xlsx|xlsm|xls|ods|csv|tsv|txt)$/i.test(n));
  if (lists.length > 0) {
    return {
      kind: 'other',
      what: 'zip',
      lists,
    };
  }
  return { kind: 'other', what: 'zip' };
}
