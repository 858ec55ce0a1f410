/**
 * The kit's base stylesheet: sizes, widths and edge z-order read from the element data the
 * elements controller writes (d: diameter, w: drawn width, z: rank by width), and the classes the
 * controllers set (hidden, selected, neighbour, faded, hovered, focused). A view builds its own
 * look on top. Labels are canvas text, never HTML, so names from files cannot inject markup.
 */
import type { StylesheetJson } from 'cytoscape';

export const INK = '#1f2933';
export const NODE = '#2f6f9f';
export const EDGE = '#8a99a8';
export const ACCENT = '#d9480f';
export const HOVER = '#0b7285';

export const baseStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(d)',
      height: 'data(d)',
      'background-color': NODE,
      'border-width': 1,
      'border-color': '#ffffff',
      label: 'data(label)',
      color: INK,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
  {
    selector: 'edge',
    style: {
      width: 'data(w)',
      'line-color': EDGE,
      opacity: 0.55,
      // Haystack: straight from centre to centre, and far cheaper to place than 'straight' (which
      // finds where each line meets its nodes' outlines): 2 000 edges took ~500 ms at first draw.
      'curve-style': 'haystack',
      'haystack-radius': 0,
      // Thick on top: the drawing order is the hit-testing order (see hit-test.ts).
      // (A data mapper works for z-index at run time; the typings only admit numbers.)
      'z-index': 'data(z)' as unknown as number,
    },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.3 } },
  { selector: 'edge.faded', style: { opacity: 0.12 } },
  { selector: 'edge.neighbour', style: { opacity: 0.85, 'line-color': '#5b7083' } },
  {
    selector: 'node.selected',
    style: { 'border-width': 5, 'border-color': ACCENT, 'border-style': 'solid' },
  },
  { selector: 'edge.selected', style: { 'line-color': ACCENT, opacity: 1 } },
  {
    selector: 'node.hovered',
    style: { 'underlay-color': HOVER, 'underlay-opacity': 0.25, 'underlay-padding': 6 },
  },
  {
    selector: 'edge.hovered',
    style: {
      'line-color': HOVER,
      opacity: 1,
      'underlay-color': HOVER,
      'underlay-opacity': 0.2,
      'underlay-padding': 3,
    },
  },
  {
    selector: 'node.focused',
    style: {
      'outline-width': 3,
      'outline-color': '#111111',
      'outline-offset': 3,
      'outline-style': 'dashed',
    },
  },
];
