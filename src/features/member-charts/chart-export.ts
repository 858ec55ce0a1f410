/** The member charts' tables as CSV/XLSX: counts and shares per cluster, "all lists" first. */
import type { ExportTable } from '../../domain/export/table';
import { getCountyView } from '../../state/county-view';
import { displayNameOf } from '../../state/display-name';
import { countyQueries, getAppState } from '../../state/store';
import { translator } from '../../ui/i18n/I18nProvider';
import type { ExportContext } from '../shared/export-types';
import { csvExport, xlsxExport } from '../shared/table-export';
import { chartTable, typeChart, whereChart } from './chart-model';

const names = (context: ExportContext) =>
  displayNameOf(context.data.model, {
    anonymised: getAppState().anonymised,
    language: context.language,
  });

async function whereTables(context: ExportContext): Promise<ExportTable[]> {
  const t = translator(context.language);
  const scheme = getCountyView().whereScheme;
  const data = await countyQueries().membersByUnit(scheme);
  const display = names(context);
  const chart = whereChart(
    data,
    { all: t('charts.all'), unplaced: t('charts.unplaced') },
    (i) =>
      display('county', data.units[i]!.id) ||
      (context.language === 'en' && data.units[i]!.nameEn) ||
      data.units[i]!.name,
    (id) => display('cluster', id),
    new Set(),
  );
  const words = {
    corner: t('county.cluster'),
    members: t('county.members'),
    share: t('charts.share'),
  };
  return [
    chartTable(
      chart,
      `where-${scheme}`,
      `${t('where.title')} (${t(`county.scheme.${scheme}`)})`,
      words,
    ),
  ];
}

async function typeTables(context: ExportContext): Promise<ExportTable[]> {
  const t = translator(context.language);
  const data = await countyQueries().membersByType();
  const display = names(context);
  const chart = typeChart(
    data,
    { all: t('charts.all') },
    (type) => t(`what.type.${type}`),
    (id) => display('cluster', id),
    new Set(),
  );
  const words = {
    corner: t('county.cluster'),
    members: t('county.members'),
    share: t('charts.share'),
  };
  return [chartTable(chart, 'member-types', t('what.title'), words)];
}

export const whereCsv = csvExport(
  'where-members-csv',
  'where.export.csv',
  'where.export.file',
  whereTables,
);
export const whereXlsx = xlsxExport(
  'where-members-xlsx',
  'where.export.xlsx',
  'where.export.file',
  whereTables,
);
export const typeCsv = csvExport(
  'what-members-csv',
  'what.export.csv',
  'what.export.file',
  typeTables,
);
export const typeXlsx = xlsxExport(
  'what-members-xlsx',
  'what.export.xlsx',
  'what.export.file',
  typeTables,
);
