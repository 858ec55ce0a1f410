/**
 * The organisations table for export (CSV and XLSX): every organisation with its number, county,
 * member type, number of clusters and the clusters, headers and words in the UI language, names
 * through displayName (so the anonymised mode exports no names or numbers).
 */
import { toCsv } from '../../domain/export/csv-cells';
import { type ExportTable, tableRows } from '../../domain/export/table';
import type { Language } from '../../domain/i18n/language';
import { formatOrgNumber } from '../../domain/membership/org-number';
import { tablesToXlsx } from '../../io/write-xlsx';
import { displayNameOf } from '../../state/display-name';
import { orgIndexOf } from '../../state/org-index';
import { getAppState } from '../../state/store';
import type { LoadedData } from '../../state/types';
import { translator } from '../../ui/i18n/I18nProvider';
import type { MessageKey } from '../../ui/i18n/nb';
import type { ExportDescriptor } from '../shared/export-types';
import { organisationLookup, orgRows } from './org-rows';

export function organisationsTable(
  data: LoadedData,
  language: Language,
  anonymised: boolean,
): ExportTable {
  const t = translator(language);
  const name = displayNameOf(data.model, { anonymised, language });
  const rows = orgRows(data.model, {
    nameOf: (id) => name('organisation', id),
    anonymised,
    organisation: organisationLookup(data.model, orgIndexOf(data.dataset).byId),
  });
  return {
    id: t('orgs.fileBase'),
    title: t('orgs.sheet'),
    header: [
      t('orgs.col.name'),
      t('orgs.col.orgNumber'),
      t('orgs.col.county'),
      t('orgs.col.type'),
      t('orgs.col.count'),
      t('orgs.col.clusters'),
    ],
    rows: rows.map((r) => [
      r.name,
      r.orgNumber ? formatOrgNumber(r.orgNumber) : null,
      name('county', r.county),
      t(`orgs.type.${r.type ?? 'none'}` as MessageKey),
      r.clusters.length,
      r.clusters.map((c) => name('cluster', c)).join('; '),
    ]),
  };
}

const current = (data: LoadedData, language: Language) =>
  organisationsTable(data, language, getAppState().anonymised);

export const organisationsCsv = {
  id: 'organisations-csv',
  labelKey: 'orgs.export.csv',
  fileNameKey: 'orgs.fileBase',
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
} as const satisfies ExportDescriptor<'organisations-csv'>;

export const organisationsXlsx = {
  id: 'organisations-xlsx',
  labelKey: 'orgs.export.xlsx',
  fileNameKey: 'orgs.fileBase',
  extension: 'xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  scope: 'table',
  produce: ({ data, language }) =>
    new Blob([tablesToXlsx([current(data, language)]) as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
} as const satisfies ExportDescriptor<'organisations-xlsx'>;
