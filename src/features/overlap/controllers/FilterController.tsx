/**
 * Hides edges with fewer shared members than the minimum chosen with the slider. Hidden edges
 * still count in the layout, so filtering never moves the nodes. Renders nothing.
 */
import { useEffect } from 'react';
import { useAppState } from '../../../state/store';
import { useCy } from '../cy-context';

export function FilterController() {
  const cy = useCy();
  const minShared = useAppState((s) => s.minShared);
  const analysis = useAppState((s) => s.data?.analysis);
  useEffect(() => {
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', Number(edge.data('shared')) < minShared);
      });
    });
  }, [cy, minShared, analysis]);
  return null;
}
