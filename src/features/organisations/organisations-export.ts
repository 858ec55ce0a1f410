/**
 * The organisations table for export (CSV and XLSX): every organisation with its number, county,
 * member type, number of clusters and the clusters, headers and words in the UI language, names
 * through displayName (so the anonymised mode exports no names or numbers).
 */
import type { ExportTable } from '../../domain/export/table';
import type { Language } from '../../domain/i18n/language';
import { formatOrgNumber } from '../../domain/membership/org-number';
import { displayNameOf } from '../../state/display-name';
import { orgIndexOf } from '../../state/org-index';
import { getAppState } from '../../state/store';
import type { LoadedData } from '../../state/types';
import { translator } from '../../ui/i18n/I18nProvider';
import type { MessageKey } from '../../ui/i18n/nb';
import type { ExportContext } from '../shared/export-types';
import { csvExport, xlsxExport } from '../shared/table-export';
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

// Delivered by the shared table exports (CSV with decimal comma in bokmål; XLSX loaded on demand).
const tables = async ({ data, language }: ExportContext) => [current(data, language)];

export const organisationsCsv = csvExport(
  'organisations-csv',
  'orgs.export.csv',
  'orgs.fileBase',
  tables,
);
export const organisationsXlsx = xlsxExport(
  'organisations-xlsx',
  'orgs.export.xlsx',
  'orgs.fileBase',
  tables,
);
