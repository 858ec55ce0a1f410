/**
 * The intersections as a table for export (CSV and XLSX): every non-empty combination, largest
 * first, with its clusters, their number and its organisation count, headers in the UI language.
 * The same table feeds both formats; CSV through toCsv (formula-neutral, decimal comma in nb).
 */
import { toCsv } from '../../domain/export/csv-cells';
import type { ExportTable } from '../../domain/export/table';
import { tableRows } from '../../domain/export/table';
import type { Language } from '../../domain/i18n/language';
import { tablesToXlsx } from '../../io/write-xlsx';
import { displayNameOf } from '../../state/display-name';
import { getAppState } from '../../state/store';
import type { LoadedData } from '../../state/types';
import { translator } from '../../ui/i18n/I18nProvider';
import type { ExportDescriptor } from '../shared/export-types';
import { pageIntersections } from './upset-model';

export function intersectionsTable(
  data: LoadedData,
  language: Language,
  anonymised: boolean,
): ExportTable {
  const t = translator(language);
  const name = displayNameOf(data.model, { anonymised, language });
  return {
    id: t('upset.fileBase'),
    title: t('upset.sheet'),
    header: [t('upset.col.clusters'), t('upset.col.degree'), t('upset.col.size')],
    rows: pageIntersections(data.model).map((x) => [
      x.clusters.map((c) => name('cluster', c)).join(' + '),
      x.degree,
      x.size,
    ]),
  };
}

const current = (data: LoadedData, language: Language) =>
  intersectionsTable(data, language, getAppState().anonymised);

export const intersectionsCsv = {
  id: 'intersections-csv',
  labelKey: 'upset.export.csv',
  fileNameKey: 'upset.fileBase',
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  scope: 'table',
  produce: ({ data, language }) =>
    new Blob(
      [toCsv(tableRows(current(data, language)), ';', { decimalComma: language === 'nb' })],
      {
        type: 'text/csv;charset=utf-8',
      },
    ),
} as const satisfies ExportDescriptor<'intersections-csv'>;

export const intersectionsXlsx = {
  id: 'intersections-xlsx',
  labelKey: 'upset.export.xlsx',
  fileNameKey: 'upset.fileBase',
  extension: 'xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  scope: 'table',
  produce: ({ data, language }) =>
    new Blob([tablesToXlsx([current(data, language)]) as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
} as const satisfies ExportDescriptor<'intersections-xlsx'>;
