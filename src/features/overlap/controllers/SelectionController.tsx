/**
 * Two-way link between the map and the shared selection (by page id): a tap on a node selects
 * the cluster, on an edge the pair, on the background clears (Shift or Ctrl/Cmd toggles instead
 * of replacing); hovering sets the store's hover. The selection is drawn as classes: selected
 * nodes and edges, their neighbourhood kept, the rest faded. Renders nothing.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import type { PageClusterId } from '../../../domain/page/ids';
import { actions, useAppState } from '../../../state/store';
import type { Selection, SelectionItem } from '../../../state/types';
import { useCy } from '../cy-context';
import { edgeId, nodeId } from '../elements';

function itemOf(target: EventObject['target']): SelectionItem | null {
  if (target.isNode()) return { kind: 'cluster', id: target.data('cluster') as PageClusterId };
  if (target.isEdge()) {
    return {
      kind: 'cluster-pair',
      a: target.data('a') as PageClusterId,
      b: target.data('b') as PageClusterId,
    };
  }
  return null;
}

export function SelectionController() {
  const cy = useCy();
  const selection = useAppState((s) => s.selection);
  const model = useAppState((s) => s.data?.model);

  useEffect(() => {
    const onTap = (event: EventObject) => {
      const target = event.target as Core | EventObject['target'];
      if (target === cy) {
        actions.clearSelection();
        return;
      }
      const item = itemOf(target as EventObject['target']);
      if (!item) return;
      const original = event.originalEvent as MouseEvent | undefined;
      const toggle = !!original && (original.shiftKey || original.ctrlKey || original.metaKey);
      actions.select(item, toggle ? 'toggle' : 'replace');
    };
    const container = cy.container();
    const over = (event: EventObject) => {
      container?.classList.add('pointing');
      actions.setHover(itemOf(event.target as EventObject['target']));
    };
    const out = () => {
      container?.classList.remove('pointing');
      actions.setHover(null);
    };
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', over);
    cy.on('mouseout', 'node, edge', out);
    return () => {
      cy.off('tap', onTap);
      cy.off('mouseover', 'node, edge', over);
      cy.off('mouseout', 'node, edge', out);
    };
  }, [cy]);

  useEffect(() => {
    drawSelection(cy, selection);
  }, [cy, selection, model]);

  return null;
}

/** The adapter from the shared selection to the map: selected clusters and pairs, lit. */
function drawSelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.elements().removeClass('selected faded neighbour');
    let kept = cy.collection();
    for (const id of selection.clusters) {
      const node = cy.getElementById(nodeId(id));
      if (node.empty()) continue;
      const around = node.closedNeighborhood();
      node.addClass('selected');
      around.edges().addClass('neighbour');
      kept = kept.union(around);
    }
    for (const [a, b] of selection.clusterPairs) {
      const edge = cy.getElementById(edgeId(a, b));
      if (edge.empty()) continue;
      const pair = edge.union(edge.connectedNodes());
      pair.addClass('selected');
      kept = kept.union(pair);
    }
    if (kept.nonempty()) cy.elements().not(kept).addClass('faded');
  });
}
