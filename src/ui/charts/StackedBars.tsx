/**
 * Horizontal stacked bars, one per row (e.g. a cluster), one segment per series (a county, a
 * member type), as counts or as shares of the row. Pure: props in, SVG out, no store, so the
 * report figures and Node tests can render it. Labels are SVG <text> made by React (never markup
 * from data). Each bar is focusable: its accessible name and the tooltip line give every value;
 * a click or Enter calls `onActivate`.
 */
import { maxOf } from '../../domain/numbers/extent';
import { type KeyboardEvent, useState } from 'react';
import './charts.css';

export interface BarSeries {
  readonly id: string;
  readonly label: string;
  readonly color: string;
}

export interface BarRow {
  readonly id: string;
  readonly label: string;
  /** One value per series, in series order. */
  readonly values: readonly number[];
  readonly highlighted?: boolean;
  /** Drawn apart (e.g. "all lists together"), with a gap below it. */
  readonly emphasis?: boolean;
}

export interface StackedBarsProps {
  readonly title: string;
  readonly series: readonly BarSeries[];
  readonly rows: readonly BarRow[];
  readonly mode: 'count' | 'share';
  /** Formats a segment for the tooltip and the accessible name: count and share. */
  readonly describe: (value: number, share: number) => string;
  readonly onActivate?: (row: BarRow) => void;
  readonly width?: number;
  readonly testId?: string;
}

const LABEL_WIDTH = 230;
const BAR_HEIGHT = 20;
const GAP = 8;

export function StackedBars(props: StackedBarsProps) {
  const { series, rows, mode, describe, onActivate, width = 760 } = props;
  const [hover, setHover] = useState<{ row: number; series: number } | null>(null);
  const plot = width - LABEL_WIDTH - 10;
  const maxTotal = maxOf(
    rows.map((r) => r.values.reduce((a, b) => a + b, 0)),
    1,
  );
  const steps = rows.map((row) => BAR_HEIGHT + GAP + (row.emphasis ? GAP * 2 : 0));
  const placed = steps.map((_, i) => 4 + steps.slice(0, i).reduce((a, b) => a + b, 0));
  const height = 8 + steps.reduce((a, b) => a + b, 0);

  const name = (row: BarRow) => {
    const total = row.values.reduce((a, b) => a + b, 0);
    const parts = series
      .map((s, i) => ({ s, v: row.values[i] ?? 0 }))
      .filter((p) => p.v > 0)
      .map((p) => `${p.s.label}: ${describe(p.v, total > 0 ? p.v / total : 0)}`);
    return `${row.label}. ${parts.join('; ')}`;
  };
  const onKey = (event: KeyboardEvent, row: BarRow) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate?.(row);
    }
  };

  return (
    <svg
      className="stacked-bars"
      role="group"
      aria-label={props.title}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-testid={props.testId}
    >
      {rows.map((row, r) => {
        const total = row.values.reduce((a, b) => a + b, 0);
        const scale = mode === 'share' ? (total > 0 ? plot / total : 0) : plot / maxTotal;
        let x = LABEL_WIDTH;
        const top = placed[r]!;
        return (
          <g
            key={row.id}
            className={`stacked-bars__row${row.highlighted ? ' is-highlighted' : ''}`}
            tabIndex={0}
            role="button"
            aria-pressed={row.highlighted ? true : undefined}
            data-row={row.id}
            onClick={() => onActivate?.(row)}
            onKeyDown={(e) => onKey(e, row)}
          >
            {/* The name (SVG-AAM): starts with the visible text; no aria-label, see report/chart-kit. */}
            <title>{name(row)}</title>
            <text
              x={LABEL_WIDTH - 8}
              y={top + BAR_HEIGHT / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className={row.emphasis ? 'stacked-bars__label is-emphasis' : 'stacked-bars__label'}
            >
              {row.label}
            </text>
            {row.values.map((v, i) => {
              if (v <= 0) return null;
              const w = v * scale;
              const left = x;
              x += w;
              const over = hover?.row === r && hover.series === i;
              return (
                <rect
                  key={series[i]!.id}
                  x={left}
                  y={top}
                  width={Math.max(0, w)}
                  height={BAR_HEIGHT}
                  fill={series[i]!.color}
                  className={over ? 'is-hover' : undefined}
                  onPointerEnter={() => setHover({ row: r, series: i })}
                  onPointerLeave={() => setHover(null)}
                >
                  <title>{`${row.label}, ${series[i]!.label}: ${describe(v, total > 0 ? v / total : 0)}`}</title>
                </rect>
              );
            })}
            {row.highlighted && (
              <rect
                className="stacked-bars__mark"
                x={LABEL_WIDTH - 2}
                y={top - 2}
                width={x - LABEL_WIDTH + 4}
                height={BAR_HEIGHT + 4}
                fill="none"
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
