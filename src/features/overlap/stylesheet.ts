/**
 * How the overlap map looks, on top of the graph kit's base stylesheet (which sizes nodes and
 * edges from the kit's data and styles the selection, hover and focus classes): larger bold
 * labels under the nodes, inferred clusters dashed and paler, the shared count on a selected edge.
 * Labels are canvas text, never HTML, so names from files cannot inject markup.
 */
import type { StylesheetJson } from 'cytoscape';
import { ACCENT, NODE } from '../../ui/graph/base-stylesheet';

export const NODE_INFERRED = '#8fb3cf';

const overlapRules: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'border-width': 2,
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
];

const selectedEdgeLabel: StylesheetJson = [
  {
    selector: 'edge.selected',
    style: {
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

/** The view's rules go between the base's element rules and its class rules by coming after all
 * of the base here: cytoscape applies later rules over earlier ones, and none of these set what
 * the class rules set, except the node border, which `node.selected` must still override. */
export function overlapStylesheet(base: StylesheetJson): StylesheetJson {
  const [nodeRule, ...rest] = base;
  return [nodeRule!, ...overlapRules, ...rest, ...selectedEdgeLabel];
}
