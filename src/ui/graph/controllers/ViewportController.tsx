/**
 * The canvas's zoom and pan as page state: `wanted` (relative to the graph, viewport.ts; undefined
 * is the fit) is shown once the layout has settled and again after each layout, and what the
 * user makes of it (wheel, drag, keys, the fit button) goes out through `onChange`, a moment after
 * the last change, so a saved view and the URL keep it. Renders nothing. Rendered before the
 * LayoutController, so a new `wanted` (a reset) is known before a layout that finishes at once.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { sameViewport, type RelativeViewport } from '../../../domain/graph/viewport';
import { useCy } from '../cy-context';
import {
  isAtFit,
  keepViewport,
  layoutPhase,
  onLayoutDone,
  readViewport,
  setViewport,
} from '../viewport';

interface Props {
  readonly wanted: RelativeViewport | undefined;
  readonly onChange?: (viewport: RelativeViewport | undefined) => void;
}

/** How long the viewport rests before it is reported (a wheel gives dozens of changes). */
const SETTLE_MS = 150;

export function ViewportController({ wanted, onChange }: Props) {
  const cy = useCy();
  const latest = useRef({ wanted, onChange });
  useEffect(() => {
    latest.current = { wanted, onChange };
  });

  // A new wanted viewport (a saved view opened, a link followed) on a settled graph.
  const zoom = wanted?.zoom;
  const x = wanted?.x;
  const y = wanted?.y;
  useEffect(() => {
    if (layoutPhase(cy) !== 'done') return;
    const want = zoom === undefined ? undefined : { zoom, x: x ?? 0.5, y: y ?? 0.5 };
    // A hidden canvas is set too: it keeps the viewport for when it is shown.
    if (readViewport(cy) === null || !shows(cy, want)) setViewport(cy, want);
  }, [cy, zoom, x, y]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      timer = undefined;
      if (cy.destroyed() || layoutPhase(cy) !== 'done') return;
      const { wanted: want, onChange: tell } = latest.current;
      const now = readViewport(cy);
      if (!tell || now === null || shows(cy, want)) return;
      tell(isAtFit(cy) ? undefined : now);
    };
    const onViewport = () => {
      keepViewport(cy);
      if (layoutPhase(cy) !== 'done') return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(report, SETTLE_MS);
    };
    // The layout ended on its fit: the wanted viewport goes back on (relative, so on the new places).
    const unsubscribe = onLayoutDone(cy, () => {
      const want = latest.current.wanted;
      if (want !== undefined) setViewport(cy, want);
      keepViewport(cy);
    });
    cy.on('viewport', onViewport);
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      if (!cy.destroyed()) cy.off('viewport', onViewport);
    };
  }, [cy]);
  return null;
}

/** Whether the canvas shows `want` (undefined: the fit); a hidden canvas shows anything. */
function shows(cy: Core, want: RelativeViewport | undefined): boolean {
  if (want === undefined) return isAtFit(cy);
  const now = readViewport(cy);
  return now === null || sameViewport(now, want);
}
