/**
 * What an OLE2 compound file holds. Excel 97-2003 workbooks are OLE files, but so are Word .doc
 * files and, importantly, password-protected XLSX files (the encrypted package sits inside an OLE
 * container). Telling these apart before SheetJS runs gives the user the real reason; SheetJS's
 * own errors for them are cryptic.
 */

import { CFB } from '@e965/xlsx';

export type OleKind =
  | { readonly kind: 'workbook' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'other'; readonly what: string };

export function oleKind(bytes: Uint8Array): OleKind {
  let container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch {
    // Let SheetJS try and word the failure.
    return { kind: 'workbook' };
  }
  const has = (path: string): boolean => Boolean(CFB.find(container, path));
  if (has('EncryptedPackage') || has('EncryptionInfo')) return { kind: 'encrypted' };
  if (has('Workbook') || has('Book')) return { kind: 'workbook' };
  if (has('WordDocument')) return { kind: 'other', what: 'doc' };
  if (has('PowerPoint Document')) return { kind: 'other', what: 'ppt' };
  return { kind: 'workbook' };
}
