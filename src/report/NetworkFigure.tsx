/**
 * Fig. 3-3: the overlap network as a static drawing. Circle area follows members, line width
 * shared members; positions come from the report model's deterministic layout. Props in, SVG out.
 */
import { maxOf } from '../domain/numbers/extent';
import type { Language } from '../domain/i18n/language';
import type { ClusterId } from '../domain/membership/types';
import { reportInteger } from '../domain/report/format';
import type { NetworkEdge, NetworkNode } from '../domain/report/report-model';
import { nameWithVisible, type OnSelect, PALETTE, selectableProps, shortLabel } from './chart-kit';

export interface NetworkFigureProps {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly title: string;
  readonly desc: string;
  readonly lang: Language;
  readonly selected?: ReadonlySet<ClusterId>;
  readonly onSelect?: OnSelect<ClusterId>;
}

const SIZE = 720;
const MARGIN = 160;
const MAX_R = 34;
const MAX_LINE = 12;

export function NetworkFigure({
  nodes,
  edges,
  title,
  desc,
  lang,
  selected,
  onSelect,
}: NetworkFigureProps) {
  const maxMembers = maxOf(
    nodes.map((n) => n.members),
    1,
  );
  const maxShared = maxOf(
    edges.map((e) => e.shared),
    1,
  );
  const plot = SIZE - 2 * MARGIN;
  const at = new Map(nodes.map((n) => [n.id, { x: MARGIN + n.x * plot, y: MARGIN + n.y * plot }]));
  const radius = (members: number) => 4 + (MAX_R - 4) * Math.sqrt(members / maxMembers);
  const anySelected = (selected?.size ?? 0) > 0;
  return (
    <svg
      className="report-figure"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE}
      height={SIZE}
      role={onSelect ? 'group' : 'img'}
      aria-label={title}
      data-figure="3-3"
    >
      <title>{title}</title>
      <desc>{desc}</desc>
      <g className="edges">
        {edges.map((e) => {
          const a = at.get(e.a)!;
          const b = at.get(e.b)!;
          const lit = !anySelected || selected!.has(e.a) || selected!.has(e.b);
          return (
            <line
              key={`${e.a}|${e.b}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke="#555"
              strokeOpacity={lit ? 0.55 : 0.12}
              strokeWidth={1 + (MAX_LINE - 1) * (e.shared / maxShared)}
            >
              <title>{reportInteger(e.shared, lang)}</title>
            </line>
          );
        })}
      </g>
      {nodes.map((n) => {
        const p = at.get(n.id)!;
        const r = radius(n.members);
        const isSelected = selected?.has(n.id) ?? false;
        const value = reportInteger(n.members, lang);
        const name = nameWithVisible(shortLabel(n.name, 24), `${n.name}: ${value}`);
        // Labels point away from the centre, so they sit outside the circle of nodes.
        const dx = p.x - SIZE / 2;
        const dy = p.y - SIZE / 2;
        const len = Math.hypot(dx, dy) || 1;
        const lx = p.x + (dx / len) * (r + 6);
        const ly = p.y + (dy / len) * (r + 6);
        const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
        return (
          <g key={n.id} {...selectableProps(n.id, isSelected, onSelect)}>
            <title>{name}</title>
            <circle
              cx={p.x}
              cy={p.y}
              r={r}
              fill={PALETTE[1]}
              stroke={isSelected ? '#000' : PALETTE[0]}
              strokeWidth={isSelected ? 3 : 1.5}
            />
            <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle">
              {shortLabel(n.name, 24)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
