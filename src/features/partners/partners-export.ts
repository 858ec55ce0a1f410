/**
 * The partner finder's ranking as CSV and XLSX, for what the view answers for (the shared
 * selection and the mode in the store): asked of the worker again, so the file holds every
 * candidate with its reasons in the UI language, names as displayName gives them.
 */
import { toCsv } from '../../domain/export/csv-cells';
import { tableRows } from '../../domain/export/table';
import { displayNameOf } from '../../state/display-name';
import { actions, getAppState } from '../../state/store';
import { translator } from '../../ui/i18n/I18nProvider';
import type { Language } from '../../ui/i18n/language';
import type { ExportContext, ExportDescriptor } from '../shared/export-types';
import { partnerRows, partnerTable, partnerTarget } from './partner-rows';
import { requestFor } from './use-partners';

async function partnersTableFor({ data, language }: ExportContext) {
  const state = getAppState();
  const t = translator(language as Language);
  const target = partnerTarget(
    state.selection.focus as { kind: string; id?: string } | null,
    state.selection.clusters,
  );
  const request = requestFor(target, state.partnerMode);
  const names = displayNameOf(data.model, { anonymised: state.anonymised, language });
  const result = request ? await actions.findPartners(request) : null;
  const rows =
    result && result.ok
      ? partnerRows(
          result.candidates,
          {
            cluster: (id) => names('cluster', id),
            organisation: (id) => names('organisation', id),
          },
          language,
        )
      : [];
  const name = !target
    ? ''
    : target.kind === 'cluster'
      ? names('cluster', target.id as never)
      : names('organisation', target.id as never);
  return partnerTable(request?.kind ?? 'cluster', rows, {
    title: `${t('partners.export.sheet')}${name ? ` – ${name}` : ''}`,
    rank: t('partners.rank'),
    candidate: t('partners.candidate'),
    score: t('partners.score'),
    shared: t('partners.shared'),
    lift: t('partners.lift'),
    overlap: t('partners.overlap'),
    introducers:
      request?.kind === 'organisation' ? t('partners.coMembers') : t('partners.introducers'),
    reasons: t('partners.reasons'),
  });
}

export const partnersCsv = {
  id: 'partners-csv',
  labelKey: 'partners.export.csv',
  fileNameKey: 'partners.export.file',
  extension: 'csv',
  mime: 'text/csv;charset=utf-8',
  scope: 'table',
  produce: async (context) =>
    new Blob(
      [
        toCsv(tableRows(await partnersTableFor(context)), ';', {
          decimalComma: context.language === 'nb',
        }),
      ],
      { type: 'text/csv;charset=utf-8' },
    ),
} as const satisfies ExportDescriptor<'partners-csv'>;

export const partnersXlsx = {
  id: 'partners-xlsx',
  labelKey: 'partners.export.xlsx',
  fileNameKey: 'partners.export.file',
  extension: 'xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  scope: 'table',
  produce: async (context) => {
    const [table, { tablesToXlsx }] = await Promise.all([
      partnersTableFor(context),
      import('../../io/write-xlsx'),
    ]);
    const bytes = tablesToXlsx([{ ...table, id: 'partners' }]);
    return new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  },
} as const satisfies ExportDescriptor<'partners-xlsx'>;
