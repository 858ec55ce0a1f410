/**
 * The map of Norway's counties with links between them, as a pure component: props in, SVG out,
 * no store and no DOM APIs, so the HTML report renders the same drawing in Node
 * (react-dom/server). Units are the areas of a county scheme (norway-map-geometry.ts), filled by
 * the caller's colours; links are quadratic curves between unit anchors, their width given by
 * the caller. Names are SVG text through React, never markup.
 *
 * Interactive when handlers are given: every unit and link is a focusable button (Enter or
 * Space activates it) with the accessible name the caller wrote. An inset (`frame.focus`) draws
 * the same units fitted to a few counties; its elements are not in the tab order (the main map
 * and the tables have them already), but take clicks.
 *
 * Zoomed and panned by `transform` (map-viewport.ts; ZoomableNorwayMap drives it): the areas and
 * links are drawn in a transformed group, their strokes thinned to keep their width on screen,
 * and the names outside it at the transformed anchors, so they keep their size on screen.
 */
import type { KeyboardEvent } from 'react';
import { drawUnits, linkPath, type MapFrame } from './norway-map-geometry';
import type { CountySchemeId } from '../../domain/geo/schemes';
import { IDENTITY, type MapTransform } from './map-viewport';

export interface NorwayMapUnit {
  readonly id: string;
  readonly fill: string;
  /** The accessible name, e.g. "Oslo: 512 medlemmer". */
  readonly label: string;
  /** Text drawn at the anchor (absent: none), and its colour. */
  readonly text?: string;
  readonly textColour?: string;
  readonly selected?: boolean;
}

export interface NorwayMapLink {
  readonly key: string;
  /** Unit ids; the curve bends the same way for the same order. */
  readonly a: string;
  readonly b: string;
  readonly width: number;
  readonly label: string;
  readonly selected?: boolean;
  /** Drawn faintly (e.g. not touching the selected county). */
  readonly faint?: boolean;
}

export interface NorwayMapProps {
  readonly scheme: CountySchemeId;
  readonly frame: MapFrame;
  readonly units: readonly NorwayMapUnit[];
  readonly links: readonly NorwayMapLink[];
  /** The SVG's accessible name. */
  readonly title: string;
  /** Drawn in the bottom right corner (e.g. the boundary data's licence). */
  readonly attribution?: string;
  /** In the tab order (main map) or not (inset). */
  readonly focusable?: boolean;
  readonly onUnit?: (id: string) => void;
  readonly onLink?: (key: string) => void;
  readonly testId?: string;
  readonly className?: string;
  /** The county names' font size in frame units (default: by the frame's width). */
  readonly labelSize?: number;
  /** The zoom and pan (default: none, the whole frame). */
  readonly transform?: MapTransform;
}

/** Orange against the blue county scale (colour-blind safe); black when selected. */
const LINK_COLOUR = '#d95f02';
const LINK_SELECTED = '#000000';

/** Faint links first, then the others, the selected one last: on top, where a click finds it. */
const drawOrder = (links: readonly NorwayMapLink[]): NorwayMapLink[] => {
  const rank = (l: NorwayMapLink) => (l.selected ? 2 : l.faint ? 0 : 1);
  return [...links].sort((x, y) => rank(x) - rank(y));
};

const activate = (run: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    run();
  }
};

/** The county names' font size in frame units unless the caller sets one. */
export const ownLabelSize = (frame: MapFrame): number => Math.max(8, Math.round(frame.width / 36));

export function NorwayMap(props: NorwayMapProps) {
  const { frame, onUnit, onLink, focusable = true } = props;
  const drawn = drawUnits(props.scheme, frame);
  const byId = new Map(drawn.map((u) => [u.id, u]));
  const tabIndex = focusable ? 0 : -1;
  const fontSize = props.labelSize ?? ownLabelSize(frame);
  const view = props.transform ?? IDENTITY;
  // Strokes are drawn in the group's units: divided by the zoom they keep their width on screen.
  const stroke = (width: number) => width / view.k;
  return (
    <svg
      className={props.className}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="group"
      aria-label={props.title}
      data-testid={props.testId}
    >
      <title>{props.title}</title>
      <g
        className="norway-map-view"
        transform={
          view === IDENTITY ? undefined : `translate(${view.x} ${view.y}) scale(${view.k})`
        }
      >
        <g className="norway-map-units">
          {props.units.map((unit) => {
            const shape = byId.get(unit.id);
            if (!shape || shape.path === '') return null;
            return (
              <path
                key={unit.id}
                d={shape.path}
                fill={unit.fill}
                stroke={unit.selected ? '#000000' : '#ffffff'}
                strokeWidth={stroke(unit.selected ? 2 : 0.6)}
                strokeLinejoin="round"
                className={unit.selected ? 'norway-map-unit is-selected' : 'norway-map-unit'}
                data-unit={unit.id}
                aria-label={unit.label}
                {...(onUnit
                  ? {
                      role: 'button',
                      tabIndex,
                      'aria-pressed': unit.selected === true,
                      onClick: () => onUnit(unit.id),
                      onKeyDown: activate(() => onUnit(unit.id)),
                    }
                  : { role: 'img' })}
              />
            );
          })}
        </g>
        <g className="norway-map-links">
          {drawOrder(props.links).map((link) => {
            const a = byId.get(link.a);
            const b = byId.get(link.b);
            if (!a || !b) return null;
            const { d } = linkPath(a.anchor, b.anchor);
            const classes = ['norway-map-link'];
            if (link.selected) classes.push('is-selected');
            if (link.faint) classes.push('is-faint');
            return (
              <g
                key={link.key}
                className={classes.join(' ')}
                data-link={link.key}
                aria-label={link.label}
                {...(onLink
                  ? {
                      role: 'button',
                      tabIndex,
                      'aria-pressed': link.selected === true,
                      onClick: () => onLink(link.key),
                      onKeyDown: activate(() => onLink(link.key)),
                    }
                  : { role: 'img' })}
              >
                <path
                  className="norway-map-link-hit"
                  d={d}
                  fill="none"
                  stroke="transparent"
                  strokeWidth={stroke(Math.max(10, link.width + 6))}
                />
                <path
                  className="norway-map-link-line"
                  d={d}
                  fill="none"
                  stroke={link.selected ? LINK_SELECTED : LINK_COLOUR}
                  strokeOpacity={link.faint ? 0.15 : 0.7}
                  strokeWidth={stroke(link.width)}
                  strokeLinecap="round"
                />
              </g>
            );
          })}
        </g>
      </g>
      <g className="norway-map-labels" aria-hidden="true">
        {props.units.map((unit) => {
          const shape = byId.get(unit.id);
          if (!shape || unit.text === undefined) return null;
          return (
            <text
              key={unit.id}
              x={shape.anchor[0] * view.k + view.x}
              y={shape.anchor[1] * view.k + view.y - fontSize * 0.6}
              fontSize={fontSize}
              textAnchor="middle"
              fill={unit.textColour ?? '#1a1a1a'}
            >
              {unit.text}
            </text>
          );
        })}
      </g>
      {props.attribution !== undefined && (
        <text
          className="norway-map-attribution"
          x={frame.width - 4}
          y={frame.height - 4}
          fontSize={Math.max(8, Math.round(frame.width / 45))}
          textAnchor="end"
          fill="#333333"
        >
          {props.attribution}
        </text>
      )}
    </svg>
  );
}
