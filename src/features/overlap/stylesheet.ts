/**
 * How the overlap map looks: node and edge styles read their size and width from element data
 * (see elements.ts); classes mark the selection, what is faded around it and hidden edges.
 * Labels are canvas text, never HTML, so names from files cannot inject markup.
 */
import type { StylesheetJson } from 'cytoscape';

const INK = '#1f2933';
const NODE = '#2f6f9f';
const NODE_INFERRED = '#8fb3cf';
const EDGE = '#8a99a8';
const ACCENT = '#d9480f';

export const overlapStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': NODE,
      'border-width': 2,
      'border-color': '#ffffff',
      label: 'data(label)',
      color: INK,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      // Model units: the fitted map is drawn at about 0.75x on a laptop, so this reads as ~11 px.
      'font-size': 15,
      'font-weight': 600,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 6,
    },
  },
  {
    selector: 'node[?inferred]',
    style: {
      'background-color': NODE_INFERRED,
      'border-style': 'dashed',
      'border-color': NODE,
      'border-width': 2,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': EDGE,
      opacity: 0.55,
      'curve-style': 'straight',
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
  {
    selector: 'edge.selected',
    style: {
      'line-color': ACCENT,
      opacity: 1,
      label: 'data(label)',
      'font-size': 17,
      'font-weight': 700,
      color: ACCENT,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '3px',
    },
  },
];
