/**
 * The graph kit's font scale: a page-wide setting for how large labels are drawn on every graph
 * canvas. Cytoscape draws a label at its font size times the zoom, so a fitted map of many nodes
 * (zoomed out) has small labels; on a projector that is unreadable. With a scale set, labels are
 * held at `BASE_LABEL_PX * scale` screen pixels whatever the zoom (the presentation mode sets
 * it); unset (null, the default) each view's stylesheet alone decides.
 */
import type { StylesheetJson } from 'cytoscape';
import { createContext, useContext } from 'react';

/** The screen size of a label at scale 1 (the projector minimum the presentation mode keeps). */
export const BASE_LABEL_PX = 14;

export const GraphFontScale = createContext<number | null>(null);

export const useGraphFontScale = (): number | null => useContext(GraphFontScale);

/** Rules that draw node labels (and a selected edge's) at `px` screen pixels at zoom `zoom()`. */
export function scaledLabelRules(px: number, zoom: () => number): StylesheetJson {
  const model = (size: number) => () => size / Math.max(zoom(), 1e-6);
  return [
    {
      selector: 'node',
      style: {
        'font-size': model(px),
        'text-max-width': () => `${Math.round((px * 10) / Math.max(zoom(), 1e-6))}px`,
        'text-margin-y': model(px * 0.3),
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'edge.selected', style: { 'font-size': model(px * 1.1) } },
  ];
}
