/**
 * The selected county pair as files: the organisations behind the link (area, name, number,
 * carrying clusters) as CSV, and as XLSX with a second sheet of the carrying clusters (pairs,
 * members in each area). Made from the page's state when asked (scheme from the county-view store, cluster filter,
 * selected pair, anonymised names), the same producer for the button and the tests; without a
 * selected pair under the scheme shown, the files hold their headers only.
 */
import { toCsv } from '../../domain/export/csv-cells';
import { tableRows, type Cell, type ExportTable } from '../../domain/export/table';
import { countyScheme } from '../../domain/geo/schemes';
import type { PageCountyId } from '../../domain/page/ids';
import { getCountyView } from '../../state/county-view';
import { displayNameOf, orgNumberOf } from '../../state/display-name';
import { translator } from '../../ui/i18n/I18nProvider';
import type { ExportContext, ExportDescriptor } from '../shared/export-types';
import { mapFocus } from './map-selection';
import { pairDetails } from './pair-details';
import { clusterFilter, membershipIndexOf } from './use-county-links';

export function pairTables({ data, language, state }: ExportContext): ExportTable[] {
  const t = translator(language);
  const orgs: Cell[][] = [];
  const carriers: Cell[][] = [];
  let fromName = '';
  let toName = '';
  if (state) {
    const { scheme } = getCountyView();
    const units = countyScheme(scheme).units;
    const { pair } = mapFocus(state.selection, units);
    if (pair) {
      const model = data.model;
      const name = displayNameOf(model, { anonymised: state.anonymised, language });
      const [from, to] = pair;
      const details = pairDetails(
        model,
        membershipIndexOf(data.dataset),
        scheme,
        clusterFilter(model, state.selection.clusters),
        from,
        to,
      );
      fromName = name('county', units[from]!.id as PageCountyId);
      toName = name('county', units[to]!.id as PageCountyId);
      for (const [area, list] of [
        [fromName, details.orgsFrom],
        [toName, details.orgsTo],
      ] as const) {
        for (const id of list) {
          orgs.push([
            area,
            name('organisation', id),
            orgNumberOf(model, state.anonymised, id) ?? null,
            (details.carriersOf.get(id) ?? []).map((c) => name('cluster', c)).join(', '),
          ]);
        }
      }
      for (const c of details.carriers) {
        carriers.push([name('cluster', c.cluster), c.pairs, c.inFrom, c.inTo]);
      }
    }
  }
  return [
    {
      id: t('countyMap.export.orgsSheet'),
      title: t('countyMap.pair.title', { a: fromName, b: toName }),
      header: [
        t('countyMap.pair.county'),
        t('countyMap.pair.organisation'),
        t('countyMap.pair.orgNumber'),
        t('countyMap.pair.clusters'),
      ],
      rows: orgs,
    },
    {
      id: t('countyMap.export.carriersSheet'),
      title: t('countyMap.pair.carriers'),
      header: [
        t('countyMap.pair.cluster'),
        t('countyMap.pair.pairs'),
        t('countyMap.pair.inFrom', { name: fromName }),
        t('countyMap.pair.inTo', { name: toName }),
      ],
      rows: carriers,
    },
  ];
}

export const countyMapPairCsv = {
  id: 'county-map-pair-csv',
  labelKey: 'countyMap.export.csv',
  fileNameKey: 'countyMap.export.fileBase',
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  scope: 'view',
  produce: (context) =>
    new Blob(
      [toCsv(tableRows(pairTables(context)[0]!), ';', { decimalComma: context.language === 'nb' })],
      {
        type: 'text/csv;charset=utf-8',
      },
    ),
} as const satisfies ExportDescriptor<'county-map-pair-csv'>;

export const countyMapPairXlsx = {
  id: 'county-map-pair-xlsx',
  labelKey: 'countyMap.export.xlsx',
  fileNameKey: 'countyMap.export.fileBase',
  extension: 'xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  scope: 'view',
  // The XLSX writer is loaded when a workbook is asked for (as in table-export.ts).
  produce: async (context) => {
    const { tablesToXlsx } = await import('../../io/write-xlsx');
    return new Blob([tablesToXlsx(pairTables(context)) as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  },
} as const satisfies ExportDescriptor<'county-map-pair-xlsx'>;
