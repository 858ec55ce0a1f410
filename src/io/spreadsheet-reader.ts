/**
 * The part of reading that needs SheetJS: workbooks (XLSX, XLSB, ODS, XLS) and spreadsheet text
 * (HTML tables, XML Spreadsheet 2003). Kept behind this one module so the app can load SheetJS
 * only when a spreadsheet file is read (read-file-lazy.ts); CSV never needs it.
 */
import { oleKind } from './ole-kind';
import { readWorkbook } from './read-spreadsheet';

export interface SpreadsheetReader {
  readonly readWorkbook: typeof readWorkbook;
  readonly oleKind: typeof oleKind;
}

export const spreadsheetReader: SpreadsheetReader = { readWorkbook, oleKind };
