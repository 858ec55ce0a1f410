/**
 * The UpSet chart in SVG, drawn from upset-layout.ts: a bar per combination (its value printed
 * above it; a focusable button with an aria-label, so a click or Enter selects it), the matrix
 * of dots under the bars and one row per cluster with its name (SVG text, via React) and its set
 * size as a horizontal bar. Clusters selected elsewhere have their rows and combinations lit.
 */
import type { KeyboardEvent } from 'react';
import type { PageClusterId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormat } from '../shared/number-format';
import { upsetLayout } from './upset-layout';
import type { PageIntersection, UpsetRow } from './upset-model';

const MAX_LABEL = 30;
const shorten = (text: string) =>
  text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;

export interface UpsetChartProps {
  readonly combos: readonly PageIntersection[];
  readonly rows: readonly UpsetRow[];
  readonly selectedKey: string | null;
  readonly litClusters: ReadonlySet<PageClusterId>;
  /** Combinations lit as a whole (those of organisations selected elsewhere). */
  readonly litKeys: ReadonlySet<string>;
  readonly onSelect: (combo: PageIntersection) => void;
}

export function UpsetChart(props: UpsetChartProps) {
  const { combos, rows, selectedKey, litClusters, litKeys, onSelect } = props;
  const t = useT();
  const nf = useNumberFormat();
  const displayName = useDisplayName();
  const layout = upsetLayout(combos, rows);
  const byKey = new Map(combos.map((c) => [c.key, c]));
  const names = (combo: PageIntersection) =>
    combo.clusters.map((c) => displayName('cluster', c)).join(' + ');
  const onKey = (event: KeyboardEvent, combo: PageIntersection) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(combo);
    }
  };

  return (
    <div className="upset-scroll">
      <svg
        className="upset-chart"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t('upset.chart')}
        data-testid="upset-chart"
      >
        <g className="upset-rows">
          {layout.rows.map((row, j) => {
            const name = displayName('cluster', row.cluster);
            return (
              <g
                key={row.cluster}
                className={`upset-row${j % 2 ? ' odd' : ''}${litClusters.has(row.cluster) ? ' lit' : ''}`}
                data-cluster={row.cluster}
              >
                <rect
                  className="upset-row-band"
                  x={0}
                  y={row.cy - 11}
                  width={layout.width}
                  height={22}
                />
                <text className="upset-row-name" x={layout.setBarX - 6} y={row.cy} dy="0.35em">
                  <title>{t('upset.setSize', { name, n: nf.integer(row.setSize) })}</title>
                  {shorten(name)}
                </text>
                <rect
                  className="upset-set-bar"
                  x={layout.setBarX}
                  y={row.cy - 6}
                  width={row.setWidth}
                  height={12}
                />
                <text
                  className="upset-set-value"
                  x={layout.setBarX + row.setWidth + 3}
                  y={row.cy}
                  dy="0.35em"
                >
                  {nf.integer(row.setSize)}
                </text>
              </g>
            );
          })}
        </g>
        <g className="upset-dots" aria-hidden="true">
          {layout.links.map((l) => (
            <line key={l.key} className="upset-link" x1={l.x} x2={l.x} y1={l.y1} y2={l.y2} />
          ))}
          {layout.dots.map((d) => (
            <circle
              key={d.key}
              className={d.filled ? 'upset-dot filled' : 'upset-dot'}
              cx={d.cx}
              cy={d.cy}
              r={5}
            />
          ))}
        </g>
        <g className="upset-bars">
          {layout.bars.map((bar) => {
            const combo = byKey.get(bar.key)!;
            const selected = bar.key === selectedKey;
            const lit = litKeys.has(combo.key) || combo.clusters.some((c) => litClusters.has(c));
            const label = t(combo.size === 1 ? 'upset.bar.one' : 'upset.bar.other', {
              clusters: names(combo),
              n: nf.integer(combo.size),
            });
            return (
              <g
                key={bar.key}
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={selected}
                className={`upset-bar${selected ? ' selected' : ''}${lit ? ' lit' : ''}`}
                data-testid="upset-bar"
                data-degree={combo.degree}
                data-size={combo.size}
                onClick={() => onSelect(combo)}
                onKeyDown={(e) => onKey(e, combo)}
              >
                <title>{label}</title>
                {/* The whole column is the target: bar, value and dots. */}
                <rect
                  className="upset-hit"
                  x={bar.cx - 11}
                  y={0}
                  width={22}
                  height={layout.height}
                />
                <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
                <text className="upset-value" x={bar.cx} y={bar.y - 4}>
                  {nf.integer(combo.size)}
                </text>
              </g>
            );
          })}
        </g>
        <line
          className="upset-baseline"
          x1={layout.matrixX}
          x2={layout.width}
          y1={layout.baseline}
          y2={layout.baseline}
        />
      </svg>
    </div>
  );
}
