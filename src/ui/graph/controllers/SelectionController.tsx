/**
 * Draws the page's selection on the canvas and turns clicks into selection items. The view's
 * adapter says which ids a selection lights; selected elements get `selected`, a selected node's
 * edges `neighbour` (its neighbours stay bright), everything else `faded`. When edges are
 * selected, only they and their ends stay bright. A click picks by the kit's rule (pick.ts), so it
 * selects what the hover showed; the background clears (onSelect(null)). Renders nothing.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context';
import { pickAt, type Picked } from '../pick';
import type { ElementIds } from '../types';

interface Props {
  readonly lit: ElementIds;
  /** Changes when elements change, so new elements get their classes. */
  readonly elementsVersion: unknown;
  readonly onPick: (picked: Picked) => void;
}

export function SelectionController({ lit, elementsVersion, onPick }: Props) {
  const cy = useCy();
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });

  useEffect(() => {
    const onTap = (event: EventObject) => pick.current(pickAt(cy, event));
    cy.on('tap', onTap);
    return () => {
      cy.off('tap', onTap);
    };
  }, [cy]);

  useEffect(() => {
    drawSelection(cy, lit);
  }, [cy, lit, elementsVersion]);

  return null;
}

export function drawSelection(cy: Core, lit: ElementIds): void {
  cy.batch(() => {
    // Only what carries a class: clearing 43 000 elements one by one is a long task.
    cy.elements('.selected, .faded, .neighbour').removeClass('selected faded neighbour');
    let chosen = cy.collection();
    for (const id of lit.nodes) chosen = chosen.union(cy.getElementById(id));
    for (const id of lit.edges) chosen = chosen.union(cy.getElementById(id));
    if (chosen.empty()) return;
    chosen.addClass('selected');
    const edges = chosen.edges();
    const kept = edges.nonempty()
      ? chosen.union(edges.connectedNodes())
      : chosen.nodes().closedNeighborhood();
    if (edges.empty()) kept.edges().addClass('neighbour');
    cy.elements().not(kept).addClass('faded');
  });
}
