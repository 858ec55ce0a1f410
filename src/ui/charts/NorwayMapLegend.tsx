/**
 * The county map's legend for members per unit, pure (props in, SVG out): the sequential scale
 * as a bar with its ends and middle labelled by the caller (numbers formatted in the UI
 * language), and the grey swatch for units with no members.
 */
import { NO_MEMBERS_COLOUR, sequentialColour } from './norway-map-colours';

export interface NorwayMapLegendProps {
  readonly title: string;
  /** Largest member count of the units shown. */
  readonly max: number;
  readonly format: (n: number) => string;
  readonly noneLabel: string;
}

const WIDTH = 220;
const STEPS = 24;

export function NorwayMapLegend({ title, max, format, noneLabel }: NorwayMapLegendProps) {
  // Ticks at 0, a quarter and all of the maximum: on the square-root scale, a quarter is halfway.
  const ticks = max > 0 ? [0, Math.round(max / 4), max] : [0];
  return (
    <svg
      viewBox={`0 0 ${WIDTH} 58`}
      role="img"
      aria-label={`${title}: ${ticks.map(format).join(' – ')}`}
      className="norway-map-legend"
    >
      <text x={0} y={11} fontSize={11} fill="#1a1a1a">
        {title}
      </text>
      {Array.from({ length: STEPS }, (_, i) => (
        <rect
          key={i}
          x={(i * (WIDTH - 60)) / STEPS}
          y={16}
          width={(WIDTH - 60) / STEPS + 0.5}
          height={12}
          fill={sequentialColour(i / (STEPS - 1))}
        />
      ))}
      {ticks.map((tick, i) => {
        const x = max > 0 ? Math.sqrt(tick / max) * (WIDTH - 60) : 0;
        const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
        return (
          <text key={tick} x={x} y={42} fontSize={10} textAnchor={anchor} fill="#1a1a1a">
            {format(tick)}
          </text>
        );
      })}
      <rect x={WIDTH - 44} y={16} width={12} height={12} fill={NO_MEMBERS_COLOUR} />
      <text x={WIDTH - 28} y={26} fontSize={10} fill="#1a1a1a">
        {noneLabel}
      </text>
    </svg>
  );
}
