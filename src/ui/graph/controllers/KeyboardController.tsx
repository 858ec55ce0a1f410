/**
 * The canvas by keyboard: arrow keys move a focus between nodes (to the nearest node that way on
 * screen, keyboard-nav.ts; the first press starts at the selected node, else the largest), Enter
 * or Space selects the focused node, Escape clears the selection, + and - zoom, 0 fits. The
 * focused node gets the `focused` class and is announced through `onAnnounce` (a live region).
 * Renders nothing.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context';
import { directionOfKey, nearestInDirection, type Placed } from '../keyboard-nav';

interface Props {
  readonly onActivate: (nodeId: string) => void;
  readonly onClear: () => void;
  readonly onAnnounce: (nodeId: string) => void;
  readonly onFit: () => void;
}

const ZOOM_STEP = 1.25;

export function KeyboardController(props: Props) {
  const cy = useCy();
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });
  const focused = useRef<string | null>(null);

  useEffect(() => {
    const container = cy.container();
    if (!container) return;
    const focus = (id: string) => {
      if (focused.current) cy.getElementById(focused.current).removeClass('focused');
      focused.current = id;
      const node = cy.getElementById(id);
      node.addClass('focused');
      keepInView(cy, node);
      handlers.current.onAnnounce(id);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const direction = directionOfKey(event.key);
      const current = focused.current ? cy.getElementById(focused.current) : null;
      if (direction) {
        event.preventDefault();
        const visible = cy.nodes(':visible');
        if (visible.empty()) return;
        if (!current || current.empty() || !current.visible()) {
          focus(startNode(cy));
          return;
        }
        const next = nearestInDirection(placed(current), visible.map(placed), direction);
        if (next) focus(next);
        return;
      }
      switch (event.key) {
        case 'Enter':
        case ' ':
          if (current && current.nonempty()) {
            event.preventDefault();
            handlers.current.onActivate(current.id());
          }
          return;
        case 'Escape':
          event.preventDefault();
          handlers.current.onClear();
          return;
        case '+':
        case '=':
          event.preventDefault();
          zoomBy(cy, ZOOM_STEP);
          return;
        case '-':
          event.preventDefault();
          zoomBy(cy, 1 / ZOOM_STEP);
          return;
        case '0':
          event.preventDefault();
          handlers.current.onFit();
          return;
      }
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [cy]);

  return null;
}

const placed = (node: NodeSingular): Placed => {
  const p = node.renderedPosition();
  return { id: node.id(), x: p.x, y: p.y };
};

function startNode(cy: Core): string {
  const selected = cy.nodes('.selected:visible');
  if (selected.nonempty()) return selected[0]!.id();
  let best = cy.nodes(':visible')[0]!;
  cy.nodes(':visible').forEach((n) => {
    if (Number(n.data('size')) > Number(best.data('size'))) best = n;
  });
  return best.id();
}

function zoomBy(cy: Core, factor: number): void {
  const c = cy.container();
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({
    level,
    renderedPosition: { x: (c?.clientWidth ?? 0) / 2, y: (c?.clientHeight ?? 0) / 2 },
  });
}

/** Pans just enough that the focused node is on screen. */
function keepInView(cy: Core, node: NodeSingular): void {
  const c = cy.container();
  if (!c) return;
  const p = node.renderedPosition();
  const margin = 30;
  const dx =
    p.x < margin ? margin - p.x : p.x > c.clientWidth - margin ? c.clientWidth - margin - p.x : 0;
  const dy =
    p.y < margin ? margin - p.y : p.y > c.clientHeight - margin ? c.clientHeight - margin - p.y : 0;
  if (dx || dy) cy.panBy({ x: dx, y: dy });
}
