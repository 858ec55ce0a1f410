/**
 * The overlap map's first paint: the same nodes, sizes, colours and visible edges as the canvas,
 * drawn as a static SVG while cytoscape (the canvas's library, a large download) loads after the
 * view is shown. Not interactive; the canvas replaces it in the same place and size.
 */
import { useMemo } from 'react';
import { EDGE, NODE } from '../../ui/graph/base-stylesheet';
import type { GraphView } from '../../ui/graph/types';
import type { ClusterNodeData, OverlapEdgeData } from './overlap-view';
import { recalledPositions } from './position-memory';
import { previewLayout } from './preview-layout';
import { NODE_INFERRED } from './stylesheet';

export function MapPreview<S, I>({
  view,
  ariaLabel,
}: {
  readonly view: GraphView<ClusterNodeData, OverlapEdgeData, S, I>;
  readonly ariaLabel: string;
}) {
  const preview = useMemo(
    () =>
      previewLayout(
        view,
        recalledPositions(
          view.layoutKey ?? '',
          view.nodes.map((n) => n.id),
        ),
      ),
    [view],
  );
  return (
    <div className="map-preview-wrap">
      <svg
        className="map-canvas map-preview"
        viewBox={preview.box.join(' ')}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={ariaLabel}
        data-testid="overlap-map-preview"
      >
        {preview.edges.map((e) => (
          <line
            key={e.id}
            x1={e.from.x}
            y1={e.from.y}
            x2={e.to.x}
            y2={e.to.y}
            stroke={EDGE}
            strokeOpacity={0.6}
            strokeWidth={e.width}
          />
        ))}
        {preview.nodes.map((n) => (
          <g key={n.id} data-node={n.id}>
            <circle
              cx={n.x}
              cy={n.y}
              r={n.diameter / 2}
              fill={n.colour ?? (n.inferred ? NODE_INFERRED : NODE)}
              stroke={NODE}
              strokeWidth={2}
              strokeDasharray={n.inferred ? '5 3' : undefined}
            />
            <text
              x={n.x}
              y={n.y + n.diameter / 2 + 17}
              textAnchor="middle"
              className="map-preview-label"
            >
              {n.label.split('\n').map((line, i) => (
                <tspan key={i} x={n.x} dy={i === 0 ? 0 : 17}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
