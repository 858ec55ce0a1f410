/**
 * The heatmap table: rows are origins, columns destinations, every value printed on its colour.
 * Cells are one roving tab stop (arrows, Home/End move; Enter or Space selects the county pair);
 * a column header sorts the rows by that column.
 */
import { type KeyboardEvent, useRef, useState } from 'react';
import type { PageCountyId } from '../../domain/page/ids';
import type { CountyMeasure } from '../../state/county-view';
import type { Language } from '../../ui/i18n/language';
import type { PageCountyMatrix } from '../../worker/county-api';
import type { MatrixLayout } from './matrix-model';
import { valueAt, valueText } from './matrix-model';

export interface MatrixTableProps {
  readonly matrix: PageCountyMatrix;
  readonly layout: MatrixLayout;
  readonly measure: CountyMeasure;
  readonly language: Language;
  readonly label: (unit: number) => string;
  readonly color: (value: number | null) => { background: string; color: string };
  readonly selected: { from: PageCountyId; to: PageCountyId } | null;
  readonly onSelect: (from: PageCountyId, to: PageCountyId) => void;
  readonly onSortByColumn: (unit: number) => void;
  readonly words: {
    from: string;
    members: string;
    cell: (from: string, to: string, value: string) => string;
    sortBy: (name: string) => string;
    caption: string;
  };
}

export function MatrixTable(props: MatrixTableProps) {
  const { matrix, layout, measure, language, label, color, selected, words } = props;
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);
  const r = Math.min(active[0], layout.rows.length - 1);
  const c = Math.min(active[1], layout.columns.length - 1);

  const move = (event: KeyboardEvent, row: number, col: number) => {
    const last = [layout.rows.length - 1, layout.columns.length - 1] as const;
    const to: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, row - 1), col],
      ArrowDown: [Math.min(last[0], row + 1), col],
      ArrowLeft: [row, Math.max(0, col - 1)],
      ArrowRight: [row, Math.min(last[1], col + 1)],
      Home: [row, 0],
      End: [row, last[1]],
    };
    const next = to[event.key];
    if (next) {
      event.preventDefault();
      setActive(next);
      // Every cell is rendered (no virtualisation), so the next one can take focus at once.
      table.current?.querySelector<HTMLElement>(`[data-pos="${next[0]}-${next[1]}"]`)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const a = matrix.units[layout.rows[row]!]!.id;
      const b = matrix.units[layout.columns[col]!]!.id;
      props.onSelect(a, b);
    }
  };

  return (
    <div className="county-matrix__scroll">
      <table
        ref={table}
        className="county-matrix"
        role="grid"
        data-testid="county-matrix"
        data-scheme={matrix.scheme}
        data-measure={measure}
        data-clusters={matrix.clusters.join(' ')}
      >
        <caption>{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.from}</th>
            <th scope="col" className="county-matrix__members">
              {words.members}
            </th>
            {layout.columns.map((b) => (
              <th key={matrix.units[b]!.id} scope="col" data-unit={matrix.units[b]!.id}>
                <button
                  type="button"
                  className="county-matrix__colsort"
                  title={words.sortBy(label(b))}
                  onClick={() => props.onSortByColumn(b)}
                >
                  {label(b)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((a, ri) => (
            <tr key={matrix.units[a]!.id} data-unit={matrix.units[a]!.id}>
              <th scope="row">{label(a)}</th>
              <td className="county-matrix__members">
                {valueText(matrix.members[a]!, 'pairs', language)}
              </td>
              {layout.columns.map((b, ci) => {
                const value = valueAt(matrix, measure, a, b);
                const text = valueText(value, measure, language);
                const from = matrix.units[a]!.id;
                const to = matrix.units[b]!.id;
                const isSel = selected?.from === from && selected.to === to;
                return (
                  <td
                    key={to}
                    role="gridcell"
                    tabIndex={ri === r && ci === c ? 0 : -1}
                    aria-selected={isSel}
                    aria-label={words.cell(label(a), label(b), text)}
                    data-pos={`${ri}-${ci}`}
                    data-from={from}
                    data-to={to}
                    className={isSel ? 'county-matrix__cell is-selected' : 'county-matrix__cell'}
                    style={color(value)}
                    onClick={() => {
                      setActive([ri, ci]);
                      props.onSelect(from, to);
                    }}
                    onFocus={() => setActive([ri, ci])}
                    onKeyDown={(e) => move(e, ri, ci)}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
