/**
 * The import report as rows, one per input row (imported, merged, rejected) and per skipped line,
 * plus a total per file, ready for a table or a CSV download. The counts add up per file.
 */
import type { Dataset, OrgId } from '../membership/types';
import { renderMessage, type MessageLang } from '../messages/render';
import type { Message } from '../messages/types';

export type RowOutcome = 'imported' | 'merged' | 'rejected' | 'skipped';

export interface ReportRow {
  readonly file: string;
  readonly sheet: string;
  readonly row: number | null;
  readonly outcome: RowOutcome;
  /** The organisation the row became or joined ('' for a rejected or skipped row). */
  readonly detail: string;
  /** Why the row was rejected or skipped. */
  readonly reason?: Message;
  /** Remarks on a row that was still imported, e.g. a number failing its check digit. */
  readonly notes: readonly Message[];
}

export function importReportRows(dataset: Dataset): ReportRow[] {
  return rowsWithOrgs(dataset).map((r) => r.row);
}

/** The rows, each with the organisation it became or joined (for the anonymised table). */
function rowsWithOrgs(dataset: Dataset): { row: ReportRow; org?: OrgId }[] {
  const rows: { row: ReportRow; org?: OrgId }[] = [];
  const notes = new Map<string, Message[]>();
  for (const w of dataset.report.warnings) {
    const key = `${w.source.file}\u0000${w.source.sheet ?? ''}\u0000${w.source.row}`;
    notes.set(key, [...(notes.get(key) ?? []), w.message]);
  }
  const noteOf = (file: string, sheet: string, row: number) =>
    notes.get(`${file}\u0000${sheet}\u0000${row}`) ?? [];
  for (const org of dataset.organisations) {
    org.sources.forEach((s, i) =>
      rows.push({
        row: {
          file: s.file,
          sheet: s.sheet ?? '',
          row: s.row,
          outcome: i === 0 ? 'imported' : 'merged',
          detail: org.name,
          notes: noteOf(s.file, s.sheet ?? '', s.row),
        },
        org: org.id,
      }),
    );
  }
  for (const r of dataset.report.rejected) {
    rows.push({
      row: {
        file: r.file,
        sheet: r.sheet ?? '',
        row: r.row,
        outcome: 'rejected',
        detail: '',
        reason: r.reason,
        notes: [],
      },
    });
  }
  for (const f of dataset.report.files) {
    for (const s of f.skipped)
      rows.push({
        row: {
          file: f.file,
          sheet: f.sheet ?? '',
          row: s.row,
          outcome: 'skipped',
          detail: '',
          reason: s.reason,
          notes: [],
        },
      });
  }
  return rows.sort(
    ({ row: a }, { row: b }) =>
      a.file.localeCompare(b.file) || a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0),
  );
}

const HEADERS = {
  nb: ['Fil', 'Ark', 'Rad', 'Utfall', 'Organisasjon eller årsak', 'Merknad'],
  en: ['File', 'Sheet', 'Row', 'Outcome', 'Organisation or reason', 'Note'],
} as const;

const OUTCOMES = {
  nb: { imported: 'importert', merged: 'slått sammen', rejected: 'avvist', skipped: 'hoppet over' },
  en: { imported: 'imported', merged: 'merged', rejected: 'rejected', skipped: 'skipped' },
} as const;

/**
 * Header + one line per row, in the chosen language, for toCsv(). Each remark is rendered on its
 * own and the remarks of a row are put one per line in the Note cell: a message may itself hold
 * "; ", so nothing is ever joined on it and split again.
 */
export function importReportTable(
  dataset: Dataset,
  language: MessageLang,
  options: ReportTableOptions = {},
): (string | number | null)[][] {
  const render = (m: Message) =>
    renderMessage(options.anonymous ? withoutText(m, options.anonymous.hidden) : m, language);
  return [
    [...HEADERS[language]],
    ...rowsWithOrgs(dataset).map(({ row: r, org }) => [
      r.file,
      r.sheet,
      r.row,
      OUTCOMES[language][r.outcome],
      r.reason
        ? render(r.reason)
        : options.anonymous && org !== undefined
          ? options.anonymous.orgName(org)
          : r.detail,
      r.notes.map(render).join('\n'),
    ]),
  ];
}

export interface ReportTableOptions {
  /**
   * Anonymised: organisations by their pseudonym, and every text parameter of a message (cell
   * values quoted from the files: names, numbers, titles) replaced by `hidden`; numbers stay.
   */
  readonly anonymous?: { readonly orgName: (id: OrgId) => string; readonly hidden: string };
}

function withoutText(message: Message, hidden: string): Message {
  if (!message.params) return message;
  const params = Object.fromEntries(
    Object.entries(message.params).map(([k, v]) => [k, typeof v === 'number' ? v : hidden]),
  );
  return { ...message, params };
}
