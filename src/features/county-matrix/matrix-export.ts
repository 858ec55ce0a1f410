/**
 * The county matrix's exports: the matrix as shown (measure, scheme, rows, sorts, the selected
 * clusters' filter) and the selected cell's carrying clusters with the organisations behind
 * them. Asked of the worker like the view itself, so a large matrix is not computed on the page.
 */
import type { ExportTable } from '../../domain/export/table';
import type { PageCountyId } from '../../domain/page/ids';
import { getCountyView } from '../../state/county-view';
import { displayNameOf } from '../../state/display-name';
import { countyQueries, getAppState } from '../../state/store';
import { translator } from '../../ui/i18n/I18nProvider';
import type { Language } from '../../ui/i18n/language';
import type { ExportContext } from '../shared/export-types';
import { schemeUnits } from '../../worker/county-api';
import { csvExport, xlsxExport } from '../shared/table-export';
import { matrixLayout, matrixTable, unitLabel } from './matrix-model';

function names(context: ExportContext) {
  const display = displayNameOf(context.data.model, {
    anonymised: getAppState().anonymised,
    language: context.language,
  });
  return display;
}

const labelOf =
  (display: ReturnType<typeof names>, language: Language) =>
  (unit: { id: PageCountyId; name: string; nameEn?: string }) =>
    unitLabel(unit, (id) => display('county', id), language);

async function matrixTables(context: ExportContext): Promise<ExportTable[]> {
  const view = getCountyView();
  const t = translator(context.language);
  const matrix = await countyQueries().countyLinks({
    scheme: view.scheme,
    clusters: getAppState().selection.clusters,
  });
  const label = labelOf(names(context), context.language);
  const layout = matrixLayout(matrix, view, label);
  return [
    matrixTable(
      matrix,
      layout,
      view.measure,
      {
        title: `${t(`county.measure.${view.measure}`)} (${t(`county.scheme.${view.scheme}`)})`,
        from: t('county.from'),
        members: t('county.members'),
      },
      label,
    ),
  ];
}

/** The selected (focused, else first) county pair. */
function selectedPair(): { from: PageCountyId; to: PageCountyId } | null {
  const s = getAppState().selection;
  if (s.focus?.kind === 'county-pair') return { from: s.focus.from, to: s.focus.to };
  const first = s.countyPairs[0];
  return first ? { from: first[0], to: first[1] } : null;
}

async function cellTables(context: ExportContext): Promise<ExportTable[]> {
  const pair = selectedPair();
  const t = translator(context.language);
  const header = [
    t('county.cluster'),
    t('county.carrierPairs'),
    t('county.export.county'),
    t('county.export.organisation'),
  ];
  if (!pair) return [{ id: 'county-pair', title: t('county.carriers'), header, rows: [] }];
  const view = getCountyView();
  const cell = await countyQueries().countyCell({
    scheme: view.scheme,
    clusters: getAppState().selection.clusters,
    ...pair,
  });
  const display = names(context);
  const units = new Map(schemeUnits(view.scheme).map((u) => [u.id, u]));
  const label = labelOf(display, context.language);
  const unitName = (id: PageCountyId) => {
    const unit = units.get(id);
    return unit ? label(unit) : display('county', id);
  };
  const rows = cell.carriers.flatMap((c) => {
    const cluster = display('cluster', c.cluster);
    const side = (id: PageCountyId, orgs: readonly string[]) =>
      orgs.map((o) => [cluster, c.pairs, unitName(id), display('organisation', o as never)]);
    return pair.from === pair.to
      ? side(pair.from, c.from)
      : [...side(pair.from, c.from), ...side(pair.to, c.to)];
  });
  return [
    {
      id: 'county-pair',
      title: `${unitName(pair.from)} → ${unitName(pair.to)}`,
      header,
      rows,
    },
  ];
}

export const countyMatrixCsv = csvExport(
  'county-matrix-csv',
  'county.export.csv',
  'county.export.file',
  matrixTables,
);
export const countyMatrixXlsx = xlsxExport(
  'county-matrix-xlsx',
  'county.export.xlsx',
  'county.export.file',
  matrixTables,
);
export const countyPairCsv = csvExport(
  'county-pair-csv',
  'county.export.cellCsv',
  'county.export.cellFile',
  cellTables,
);
export const countyPairXlsx = xlsxExport(
  'county-pair-xlsx',
  'county.export.cellXlsx',
  'county.export.cellFile',
  cellTables,
);
