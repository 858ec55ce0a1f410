/**
 * Fig. 3-5: the county link matrix as a shaded table, rows the report's origin counties, columns
 * every county of its scheme; each cell the average number of other members in the column's
 * county that a member in the row's county shares a cluster with. Props in, SVG out.
 */
import type { Language } from '../domain/i18n/language';
import { reportDecimal } from '../domain/report/format';
import type { MatrixUnit } from '../domain/report/report-model';

export interface MatrixFigureProps {
  readonly rows: readonly MatrixUnit[];
  readonly columns: readonly MatrixUnit[];
  readonly values: readonly (readonly number[])[];
  readonly corner: string;
  readonly title: string;
  readonly desc: string;
  readonly lang: Language;
}

const LABEL = 100;
const HEAD = 120;
const CELL_W = 47;
const CELL_H = 30;

export function MatrixFigure({
  rows,
  columns,
  values,
  corner,
  title,
  desc,
  lang,
}: MatrixFigureProps) {
  const max = Math.max(1e-9, ...values.flat());
  const width = LABEL + columns.length * CELL_W + 4;
  const height = HEAD + rows.length * CELL_H + 4;
  return (
    <svg
      className="report-figure"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={title}
      data-figure="3-5"
    >
      <title>{title}</title>
      <desc>{desc}</desc>
      <text x={4} y={HEAD - 8} className="corner">
        {corner}
      </text>
      {columns.map((c, j) => {
        const x = LABEL + j * CELL_W + CELL_W / 2;
        return (
          <text
            key={c.id}
            transform={`translate(${x}, ${HEAD - 8}) rotate(-55)`}
            className="column-head"
          >
            {c.name}
          </text>
        );
      })}
      {rows.map((r, i) => {
        const y = HEAD + i * CELL_H;
        return (
          <g key={r.id}>
            <text x={LABEL - 6} y={y + CELL_H / 2} textAnchor="end" dominantBaseline="middle">
              {r.name}
            </text>
            {columns.map((c, j) => {
              const v = values[i]![j]!;
              const shade = v / max;
              const text = reportDecimal(v, 1, lang);
              return (
                <g key={c.id}>
                  <title>{`${r.name} → ${c.name}: ${text}`}</title>
                  <rect
                    x={LABEL + j * CELL_W}
                    y={y}
                    width={CELL_W - 2}
                    height={CELL_H - 2}
                    fill={`rgb(${Math.round(255 - 224 * shade)}, ${Math.round(255 - 177 * shade)}, ${Math.round(255 - 134 * shade)})`}
                    stroke="#999"
                    strokeWidth={0.5}
                  />
                  <text
                    x={LABEL + j * CELL_W + (CELL_W - 2) / 2}
                    y={y + (CELL_H - 2) / 2}
                    textAnchor="middle"
                    dominantBaseline="middle"
                    fill={shade > 0.55 ? '#fff' : '#000'}
                    className="cell"
                  >
                    {text}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
