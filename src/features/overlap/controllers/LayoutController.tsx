/**
 * Lays the map out again whenever a new analysis arrives (not on filter or language changes, so
 * the picture stays put while the user explores). Must be rendered after ElementsController:
 * sibling effects run in order, so the elements exist when this runs. Renders nothing.
 */
import { useEffect } from 'react';
import { useAppState } from '../../../state/store';
import { useCy } from '../cy-context';
import { runLayout } from '../layout';

export function LayoutController() {
  const cy = useCy();
  const analysis = useAppState((s) => s.data?.analysis);
  useEffect(() => {
    if (!analysis) return;
    runLayout(cy, Math.max(1, ...analysis.overlaps.map((o) => o.shared)));
  }, [cy, analysis]);
  return null;
}
