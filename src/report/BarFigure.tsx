/** Fig. 3-1: one horizontal bar per cluster, its member count at the end. Props in, SVG out. */
import { maxOf } from '../domain/numbers/extent';
import type { Language } from '../domain/i18n/language';
import type { ClusterId } from '../domain/membership/types';
import { reportInteger } from '../domain/report/format';
import type { ReportCluster } from '../domain/report/report-model';
import { nameWithVisible, type OnSelect, PALETTE, selectableProps, shortLabel } from './chart-kit';

export interface BarFigureProps {
  readonly bars: readonly ReportCluster[];
  readonly title: string;
  readonly desc: string;
  readonly lang: Language;
  readonly selected?: ReadonlySet<ClusterId>;
  readonly onSelect?: OnSelect<ClusterId>;
}

const WIDTH = 720;
const LABEL = 230;
const ROW = 22;
const VALUE = 60;

export function BarFigure({ bars, title, desc, lang, selected, onSelect }: BarFigureProps) {
  const max = maxOf(
    bars.map((b) => b.members),
    1,
  );
  const plot = WIDTH - LABEL - VALUE;
  const height = Math.max(ROW, bars.length * ROW) + 8;
  return (
    <svg
      className="report-figure"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role={onSelect ? 'group' : 'img'}
      aria-label={title}
      data-figure="3-1"
    >
      <title>{title}</title>
      <desc>{desc}</desc>
      {bars.map((bar, i) => {
        const y = 4 + i * ROW;
        const w = (bar.members / max) * plot;
        const isSelected = selected?.has(bar.id) ?? false;
        const value = reportInteger(bar.members, lang);
        const name = nameWithVisible(shortLabel(bar.name), `${bar.name}: ${value}`);
        return (
          <g key={bar.id} {...selectableProps(bar.id, isSelected, onSelect)}>
            <title>{name}</title>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
              {shortLabel(bar.name)}
            </text>
            <rect
              x={LABEL}
              y={y + 3}
              width={Math.max(w, bar.members > 0 ? 1 : 0)}
              height={ROW - 6}
              fill={PALETTE[0]}
              stroke={isSelected ? '#000' : 'none'}
              strokeWidth={isSelected ? 2 : 0}
            />
            <text x={LABEL + w + 6} y={y + ROW / 2} dominantBaseline="middle" className="value">
              {value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
