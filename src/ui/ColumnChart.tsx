/**
 * A few vertical bars in plain SVG with the value above and the label below each bar; for small
 * distributions such as "organisations by number of clusters". Scales to its container width.
 */
import { maxOf } from '../domain/numbers/extent';

export interface Column {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
  /** Read by screen readers and shown as a tooltip. */
  readonly description: string;
}

const WIDTH = 240;
const HEIGHT = 120;
const TOP = 18;
const BOTTOM = 20;

export function ColumnChart(props: { columns: readonly Column[]; title: string }) {
  const max = maxOf(
    props.columns.map((c) => c.value),
    1,
  );
  const slot = WIDTH / Math.max(1, props.columns.length);
  const barWidth = slot * 0.6;
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg
      className="column-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={props.title}
    >
      <title>{props.title}</title>
      {props.columns.map((column, i) => {
        // Never let a non-zero bar vanish: a 1-organisation bucket is still worth seeing.
        const h = column.value === 0 ? 0 : Math.max(2, (column.value / max) * plot);
        const x = i * slot + (slot - barWidth) / 2;
        const y = TOP + plot - h;
        return (
          <g key={column.label}>
            <title>{column.description}</title>
            <rect className="column-bar" x={x} y={y} width={barWidth} height={h} rx={2} />
            <text className="column-value" x={x + barWidth / 2} y={y - 4} textAnchor="middle">
              {column.valueText}
            </text>
            <text className="column-label" x={x + barWidth / 2} y={HEIGHT - 5} textAnchor="middle">
              {column.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
