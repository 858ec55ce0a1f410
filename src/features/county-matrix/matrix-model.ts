/**
 * What the matrix shows, from the worker's answer and the view's settings: which rows and
 * columns in what order, each cell's value and text under the measure, and the same as an export
 * table. Pure, so it is tested in Node and shared by the view and the exports.
 */
import type { ExportTable } from '../../domain/export/table';
import type { ColumnSort, CountyMeasure, MatrixRows, RowSort } from '../../state/county-view';
import { formatNumber } from '../../ui/charts/number-format';
import type { Language } from '../../ui/i18n/language';
import type { PageCountyMatrix, PageSchemeUnit } from '../../worker/county-api';

/** The report's rows (fig. 3-5): Akershus, Buskerud, Østfold. */
export const REPORT_ROWS: readonly string[] = ['32', '33', '31'];

export const DIGITS: Readonly<Record<CountyMeasure, number>> = { perMember: 1, pairs: 0, lift: 2 };

export const valueAt = (m: PageCountyMatrix, measure: CountyMeasure, a: number, b: number) =>
  measure === 'lift' ? m.lift[a]![b]! : m[measure][a]![b]!;

export function valueText(value: number | null, measure: CountyMeasure, language: Language) {
  return value === null ? '–' : formatNumber(value, DIGITS[measure], language);
}

/** A unit's name: the page's county name where it has one, else the scheme's. */
export function unitLabel(
  unit: PageSchemeUnit,
  countyName: (id: PageSchemeUnit['id']) => string,
  language: Language,
): string {
  return countyName(unit.id) || (language === 'en' && unit.nameEn) || unit.name;
}

/** Sums for sorting: the measure's row/column sums (pairs for lift, which does not add up). */
function sums(m: PageCountyMatrix, measure: CountyMeasure) {
  const table = measure === 'lift' ? m.pairs : m[measure];
  const rows = table.map((r) => r.reduce((x, y) => x + y, 0));
  const cols = m.units.map((_, b) => table.reduce((x, r) => x + r[b]!, 0));
  return { rows, cols };
}

export interface MatrixLayout {
  readonly rows: readonly number[];
  readonly columns: readonly number[];
  /** Row sums of the measure (perMember, pairs) or of pairs (lift), for the total column. */
  readonly rowTotals: readonly number[];
}

export function matrixLayout(
  m: PageCountyMatrix,
  settings: { measure: CountyMeasure; rowSort: RowSort; columnSort: ColumnSort; rows: MatrixRows },
  label: (unit: PageSchemeUnit) => string,
): MatrixLayout {
  const { measure, rowSort, columnSort } = settings;
  const all = m.units.map((_, i) => i);
  const total = sums(m, measure);
  const collator = new Intl.Collator('nb');
  let rows = all;
  if (settings.rows === 'report') {
    const cut = REPORT_ROWS.map((id) => m.units.findIndex((u) => u.id === id)).filter(
      (i) => i >= 0,
    );
    if (cut.length > 0) rows = cut;
  }
  const byName = (x: number, y: number) => collator.compare(label(m.units[x]!), label(m.units[y]!));
  if (rowSort === 'name') rows = [...rows].sort(byName);
  else if (rowSort === 'total') rows = [...rows].sort((x, y) => total.rows[y]! - total.rows[x]!);
  else if (rowSort.startsWith('col-')) {
    const b = m.units.findIndex((u) => u.id === rowSort.slice(4));
    if (b >= 0) {
      const v = (a: number) => valueAt(m, measure, a, b) ?? -Infinity;
      rows = [...rows].sort((x, y) => v(y) - v(x));
    }
  }
  let columns = all;
  if (columnSort === 'name') columns = [...all].sort(byName);
  else if (columnSort === 'total')
    columns = [...all].sort((x, y) => total.cols[y]! - total.cols[x]!);
  return { rows, columns, rowTotals: total.rows };
}

/** The matrix as shown (rows, columns, measure) as one export table. */
export function matrixTable(
  m: PageCountyMatrix,
  layout: MatrixLayout,
  measure: CountyMeasure,
  words: { title: string; from: string; members: string },
  label: (unit: PageSchemeUnit) => string,
): ExportTable {
  const round = (v: number | null) => (v === null ? null : Number(v.toFixed(DIGITS[measure])));
  return {
    id: `county-${measure}-${m.scheme}`,
    title: words.title,
    header: [words.from, words.members, ...layout.columns.map((b) => label(m.units[b]!))],
    rows: layout.rows.map((a) => [
      label(m.units[a]!),
      m.members[a]!,
      ...layout.columns.map((b) => round(valueAt(m, measure, a, b))),
    ]),
  };
}
