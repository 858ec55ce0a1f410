/**
 * The io layer's one entry point where SheetJS may load up front (Node, the CLI, tests): a file's
 * name and bytes -> its tables, or one reason the user can act on; never throws. The browser's
 * worker reads through read-file-lazy.ts instead, which loads SheetJS only for spreadsheets.
 */
import type { FileRead } from '../domain/membership/table';
import type { ReadLimits } from './limits';
import { readFileWith } from './read-table-file';
import { spreadsheetReader } from './spreadsheet-reader';

export { DEFAULT_LIMITS, type ReadLimits } from './limits';

export function readFile(name: string, bytes: Uint8Array, limits?: Partial<ReadLimits>): FileRead {
  return readFileWith(spreadsheetReader, name, bytes, limits);
}
