/** Applies the map's stylesheet to the cytoscape instance. Renders nothing. */
import { useEffect } from 'react';
import { useCy } from '../cy-context';
import { overlapStylesheet } from '../stylesheet';

export function StyleController() {
  const cy = useCy();
  useEffect(() => {
    cy.style(overlapStylesheet);
  }, [cy]);
  return null;
}
