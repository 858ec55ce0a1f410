/**
 * The selection on a canvas: the right classes, only changed elements restyled when the selection
 * moves, and no fading on big graphs (headless cytoscape, no browser).
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { BIG_GRAPH_ELEMENTS } from '../../../../src/ui/graph/big-graph';
import { drawSelection } from '../../../../src/ui/graph/controllers/SelectionController';

/** A star per hub: hub h joined to `leaves` leaves (ids h, h-0, h-1, …). */
function stars(hubs: number, leaves: number): Core {
  const cy = cytoscape({ headless: true });
  const elements: cytoscape.ElementDefinition[] = [];
  for (let h = 0; h < hubs; h++) {
    elements.push({ group: 'nodes', data: { id: `h${h}` } });
    for (let l = 0; l < leaves; l++) {
      elements.push({ group: 'nodes', data: { id: `h${h}-${l}` } });
      elements.push({
        group: 'edges',
        data: { id: `e${h}-${l}`, source: `h${h}`, target: `h${h}-${l}` },
      });
    }
  }
  cy.add(elements);
  return cy;
}

const lit = (nodes: string[], edges: string[] = []) => ({
  nodes: new Set(nodes),
  edges: new Set(edges),
});
const ids = (cy: Core, selector: string) =>
  cy
    .elements(selector)
    .map((e) => e.id())
    .sort();

/** Counts class changes per element while `run` runs. */
function changed(cy: Core, run: () => void): number {
  const touched = new Set<string>();
  const on = (e: cytoscape.EventObject) => touched.add(e.target.id());
  cy.on('class', on);
  run();
  cy.off('class', on);
  return touched.size;
}

describe('drawSelection', () => {
  it('marks a node, its edges as neighbours, and fades the rest', () => {
    const cy = stars(3, 2);
    drawSelection(cy, lit(['h0']));
    expect(ids(cy, '.selected')).toEqual(['h0']);
    expect(ids(cy, '.neighbour')).toEqual(['e0-0', 'e0-1']);
    expect(ids(cy, '.faded')).toEqual(
      ['e1-0', 'e1-1', 'e2-0', 'e2-1', 'h1', 'h1-0', 'h1-1', 'h2', 'h2-0', 'h2-1'].sort(),
    );
  });

  it('keeps only a selected edge and its ends bright', () => {
    const cy = stars(2, 2);
    drawSelection(cy, lit([], ['e0-1']));
    expect(ids(cy, '.selected')).toEqual(['e0-1']);
    expect(ids(cy, '.neighbour')).toEqual([]);
    const bright = cy.elements().filter((e) => !e.hasClass('faded'));
    expect(bright.map((e) => e.id()).sort()).toEqual(['e0-1', 'h0', 'h0-1']);
  });

  it('moving the selection touches only the elements whose classes change', () => {
    const cy = stars(20, 5);
    drawSelection(cy, lit(['h0']));
    // h0's star (1 hub, 5 leaves, 5 edges) fades, h1's lights: 22 elements, not all 220.
    expect(changed(cy, () => drawSelection(cy, lit(['h1'])))).toBe(22);
    expect(ids(cy, '.selected')).toEqual(['h1']);
    expect(changed(cy, () => drawSelection(cy, lit(['h1'])))).toBe(0);
  });

  it('clearing the selection takes every class away', () => {
    const cy = stars(3, 3);
    drawSelection(cy, lit(['h2']));
    drawSelection(cy, lit([]));
    expect(ids(cy, '.selected, .neighbour, .faded')).toEqual([]);
  });

  it('on a big graph marks the selection and fades nothing', () => {
    const leaves = 50;
    const cy = stars(Math.ceil(BIG_GRAPH_ELEMENTS / (2 * leaves + 1)), leaves);
    expect(cy.elements().length).toBeGreaterThanOrEqual(BIG_GRAPH_ELEMENTS);
    const touched = changed(cy, () => drawSelection(cy, lit(['h0'])));
    expect(ids(cy, '.selected')).toEqual(['h0']);
    expect(cy.elements('.neighbour').length).toBe(leaves);
    expect(cy.elements('.faded').length).toBe(0);
    expect(touched).toBe(1 + leaves);
  });
});
