/**
 * The import report per table, ready to show: the counts from the dataset's report, and the rows
 * behind them (merged into which organisation and why, rejected with the reason, skipped lines),
 * rows imported with a remark, plus files refused whole and totals that add up (rows read = imported + merged + rejected).
 */
import type {
  Dataset,
  FileReport,
  MergeNote,
  OrgId,
  Rejection,
} from '../../domain/membership/types';
import { tableKey } from '../../domain/membership/build-dataset';
import type { Message } from '../../domain/messages/types';

/** One table's counts as the dataset reports them, with the rows behind them. */
export interface ReportEntry extends Pick<
  FileReport,
  'file' | 'sheet' | 'encoding' | 'rowsRead' | 'imported' | 'merged' | 'rejected'
> {
  readonly key: string;
  readonly merges: readonly {
    readonly row: number;
    readonly into: string;
    readonly by: MergeNote['by'];
  }[];
  readonly rejections: readonly { readonly row: number; readonly reason: Message }[];
  readonly skipped: readonly { readonly row: number; readonly reason: Message }[];
  /** Rows imported with a remark, e.g. a number failing its check digit (flagged, not used). */
  readonly warnings: readonly { readonly row: number; readonly reason: Message }[];
}

export interface ReportModel {
  readonly entries: readonly ReportEntry[];
  /** Files refused whole (row null). */
  readonly badFiles: readonly Rejection[];
  readonly totals: {
    readonly rowsRead: number;
    readonly imported: number;
    readonly merged: number;
    readonly rejected: number;
    readonly skipped: number;
  };
}

function grouped<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

export function reportModel(dataset: Dataset): ReportModel {
  const names = new Map<OrgId, string>(dataset.organisations.map((o) => [o.id, o.name]));
  const { report } = dataset;
  const merges = grouped(report.merges, (m) => tableKey(m.source));
  const rejections = grouped(
    report.rejected.filter((r) => r.row !== null),
    (r) => tableKey(r),
  );
  const warnings = grouped(report.warnings, (w) => tableKey(w.source));
  const entries = report.files.map((f): ReportEntry => {
    const key = tableKey(f);
    return {
      key,
      file: f.file,
      rowsRead: f.rowsRead,
      imported: f.imported,
      merged: f.merged,
      rejected: f.rejected,
      merges: (merges.get(key) ?? []).map((m) => ({
        row: m.source.row,
        into: names.get(m.into) ?? m.into,
        by: m.by,
      })),
      rejections: (rejections.get(key) ?? []).map((r) => ({ row: r.row!, reason: r.reason })),
      skipped: f.skipped,
      warnings: (warnings.get(key) ?? []).map((w) => ({ row: w.source.row, reason: w.message })),
      ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
      ...(f.encoding !== undefined ? { encoding: f.encoding } : {}),
    };
  });
  const sum = (pick: (e: ReportEntry) => number) => entries.reduce((n, e) => n + pick(e), 0);
  return {
    entries,
    badFiles: report.rejected.filter((r) => r.row === null),
    totals: {
      rowsRead: sum((e) => e.rowsRead),
      imported: sum((e) => e.imported),
      merged: sum((e) => e.merged),
      rejected: sum((e) => e.rejected),
      skipped: sum((e) => e.skipped.length),
    },
  };
}
