/**
 * Figs. 3-2 and 3-4: one stacked horizontal bar per cluster, a legend above. As counts (member
 * types) or as shares of each bar (where members are). Props in, SVG out.
 */
import { maxOf } from '../domain/numbers/extent';
import type { Language } from '../domain/i18n/language';
import type { ClusterId } from '../domain/membership/types';
import { reportInteger, reportPercent } from '../domain/report/format';
import type { Series, StackedRow } from '../domain/report/report-model';
import { nameWithVisible, type OnSelect, PALETTE, selectableProps, shortLabel } from './chart-kit';

export interface StackedFigureProps {
  readonly figure: string;
  readonly series: readonly Series<string>[];
  readonly rows: readonly StackedRow[];
  readonly title: string;
  readonly desc: string;
  readonly lang: Language;
  /** Each bar as shares of its own total (100 %), else counts on one scale. */
  readonly shares?: boolean;
  readonly selected?: ReadonlySet<ClusterId>;
  readonly onSelect?: OnSelect<ClusterId>;
}

const WIDTH = 720;
const LABEL = 230;
const ROW = 22;
const RIGHT = 50;
const LEGEND_ROW = 20;

/** Legend items left to right, wrapping to a new row; widths estimated from the label length. */
function legendLayout(labels: readonly string[]): { x: number; y: number }[] {
  let x = 4;
  let y = 6;
  return labels.map((label) => {
    const w = 16 + label.length * 6.4 + 16;
    if (x > 4 && x + w > WIDTH) {
      x = 4;
      y += LEGEND_ROW;
    }
    const at = { x, y };
    x += w;
    return at;
  });
}

export function StackedFigure(props: StackedFigureProps) {
  const { figure, series, rows, title, desc, lang, shares = false, selected, onSelect } = props;
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const max = maxOf(totals, 1);
  const plot = WIDTH - LABEL - RIGHT;
  const legend = legendLayout(series.map((s) => s.label));
  const legendHeight = (legend.length > 0 ? legend[legend.length - 1]!.y : 0) + LEGEND_ROW + 4;
  const height = legendHeight + Math.max(ROW, rows.length * ROW) + 8;
  return (
    <svg
      className="report-figure"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role={onSelect ? 'group' : 'img'}
      aria-label={title}
      data-figure={figure}
    >
      <title>{title}</title>
      <desc>{desc}</desc>
      <g className="legend">
        {series.map((s, k) => (
          <g key={s.key} transform={`translate(${legend[k]!.x}, ${legend[k]!.y})`}>
            <rect width={12} height={12} fill={PALETTE[k % PALETTE.length]} stroke="#555" />
            <text x={16} y={6} dominantBaseline="middle">
              {s.label}
            </text>
          </g>
        ))}
      </g>
      {rows.map((row, i) => {
        const y = legendHeight + i * ROW;
        const total = totals[i]!;
        const scale = shares ? (total > 0 ? plot / total : 0) : plot / max;
        const isSelected = selected?.has(row.id) ?? false;
        const parts = series.map((s, k) => {
          const n = row.values[k]!;
          return `${s.label} ${shares ? reportPercent(total > 0 ? n / total : 0, lang) : reportInteger(n, lang)}`;
        });
        // Starts with the visible text (name, then the total when it is drawn): WCAG 2.5.3.
        const label = nameWithVisible(
          shortLabel(row.name),
          shares
            ? `${row.name}: ${parts.join(', ')}`
            : `${row.name}: ${reportInteger(total, lang)} (${parts.join(', ')})`,
        );
        let x = LABEL;
        return (
          <g key={row.id} {...selectableProps(row.id, isSelected, onSelect)}>
            <title>{label}</title>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
              {shortLabel(row.name)}
            </text>
            {row.values.map((n, k) => {
              const w = n * scale;
              const rect = (
                <rect
                  key={series[k]!.key}
                  x={x}
                  y={y + 3}
                  width={w}
                  height={ROW - 6}
                  fill={PALETTE[k % PALETTE.length]}
                />
              );
              x += w;
              return rect;
            })}
            {isSelected && (
              <rect
                x={LABEL}
                y={y + 2}
                width={x - LABEL}
                height={ROW - 4}
                fill="none"
                stroke="#000"
                strokeWidth={2}
              />
            )}
            {!shares && (
              <text x={x + 6} y={y + ROW / 2} dominantBaseline="middle" className="value">
                {reportInteger(total, lang)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
