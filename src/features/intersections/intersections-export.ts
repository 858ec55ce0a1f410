/**
 * The intersections as a table for export (CSV and XLSX): every non-empty combination, largest
 * first, with its clusters, their number and its organisation count, headers in the UI language.
 * The same table feeds both formats; CSV through toCsv (formula-neutral, decimal comma in nb).
 */
import type { ExportTable } from '../../domain/export/table';
import type { Language } from '../../domain/i18n/language';
import { displayNameOf } from '../../state/display-name';
import { getAppState } from '../../state/store';
import type { LoadedData } from '../../state/types';
import { translator } from '../../ui/i18n/I18nProvider';
import type { ExportContext } from '../shared/export-types';
import { csvExport, xlsxExport } from '../shared/table-export';
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

// Delivered by the shared table exports (CSV with decimal comma in bokmål; XLSX loaded on demand).
const tables = async ({ data, language }: ExportContext) => [current(data, language)];

export const intersectionsCsv = csvExport(
  'intersections-csv',
  'upset.export.csv',
  'upset.fileBase',
  tables,
);
export const intersectionsXlsx = xlsxExport(
  'intersections-xlsx',
  'upset.export.xlsx',
  'upset.fileBase',
  tables,
);
