/**
 * Lays the map out again whenever a new analysis arrives (not on filter or language changes, so
 * the picture stays put while the user explores). Must be rendered after ElementsController:
 * sibling effects run in order, so the elements exist when this runs. While the map's tab is
 * hidden the canvas has no size, and cose places nodes by the canvas size (its centre, how it
 * packs separate groups), so the layout waits until the canvas is shown. Renders nothing.
 */
import { useEffect } from 'react';
import { maxOf } from '../../../domain/numbers/extent';
import { useAppState } from '../../../state/store';
import { useCy } from '../cy-context';
import { runLayout } from '../layout';

export function LayoutController() {
  const cy = useCy();
  const analysis = useAppState((s) => s.data?.analysis);
  useEffect(() => {
    if (!analysis) return;
    const layout = () =>
      runLayout(
        cy,
        maxOf(
          analysis.overlaps.map((o) => o.shared),
          1,
        ),
      );
    const container = cy.container();
    const shown = (c: HTMLElement) => c.clientWidth > 0 && c.clientHeight > 0;
    if (!container || shown(container)) {
      layout();
      return;
    }
    const observer = new ResizeObserver(() => {
      if (!shown(container)) return;
      observer.disconnect();
      cy.resize();
      layout();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy, analysis]);
  return null;
}
