/**
 * Two-way link between map and store selection: a tap on a node selects the cluster, on an edge
 * the overlap, on the background clears; the store's selection is drawn as classes (selected,
 * its neighbourhood kept, the rest faded). Renders nothing.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { actions, useAppState } from '../../../state/store';
import type { Selection } from '../../../state/types';
import { useCy } from '../cy-context';
import { edgeId, nodeId } from '../elements';

export function SelectionController() {
  const cy = useCy();
  const selection = useAppState((s) => s.selection);
  const analysis = useAppState((s) => s.data?.analysis);

  useEffect(() => {
    const onTap = (event: EventObject) => {
      const target = event.target as Core | EventObject['target'];
      if (target === cy) actions.clearSelection();
      else if (target.isNode()) actions.selectCluster(String(target.data('name')));
      else if (target.isEdge())
        actions.selectOverlap(String(target.data('a')), String(target.data('b')));
    };
    const container = cy.container();
    const pointer = () => container?.classList.add('pointing');
    const normal = () => container?.classList.remove('pointing');
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', pointer);
    cy.on('mouseout', 'node, edge', normal);
    return () => {
      cy.off('tap', onTap);
      cy.off('mouseover', 'node, edge', pointer);
      cy.off('mouseout', 'node, edge', normal);
    };
  }, [cy]);

  useEffect(() => {
    drawSelection(cy, selection);
  }, [cy, selection, analysis]);

  return null;
}

function drawSelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.elements().removeClass('selected faded neighbour');
    if (selection === null) return;
    if (selection.kind === 'cluster') {
      const node = cy.getElementById(nodeId(selection.name));
      if (node.empty()) return;
      const around = node.closedNeighborhood();
      node.addClass('selected');
      around.edges().addClass('neighbour');
      cy.elements().not(around).addClass('faded');
    } else {
      const edge = cy.getElementById(edgeId(selection.a, selection.b));
      if (edge.empty()) return;
      const kept = edge.union(edge.connectedNodes());
      kept.addClass('selected');
      cy.elements().not(kept).addClass('faded');
    }
  });
}
