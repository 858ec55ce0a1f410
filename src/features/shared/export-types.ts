/**
 * What an export is, as data (the registry lists them): producing a file is apart from delivering
 * it, so one producer serves the download button, the tests (in Node, no DOM) and later the CLI.
 */
import type { LoadedData } from '../../state/types';
import type { Language } from '../../ui/i18n/language';
import type { MessageKey } from '../../ui/i18n/nb';

/** What an export covers: the open view, one table, the graph on screen, the whole workspace. */
export type ExportScope = 'view' | 'table' | 'graph' | 'workspace';

/** What a producer gets: the data shown and the UI language (headers and reasons follow it). */
export interface ExportContext {
  readonly data: LoadedData;
  readonly language: Language;
  /** The anonymised mode (absent: off): organisations under neutral names, no numbers. */
  readonly anonymised?: boolean;
}

export interface ExportDescriptor<Id extends string = string> {
  readonly id: Id;
  /** The button's label. */
  readonly labelKey: MessageKey;
  /** The file's name without the extension, in the UI language. */
  readonly fileNameKey: MessageKey;
  readonly extension: string;
  readonly mime: string;
  readonly scope: ExportScope;
  readonly produce: (context: ExportContext) => Blob | Promise<Blob>;
}
