/** Applies the view's stylesheet, built on the kit's base, to the instance. Renders nothing. */
import type { StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import { baseStylesheet } from '../base-stylesheet';
import { useCy } from '../cy-context';

export function StyleController({
  build,
}: {
  readonly build: (base: StylesheetJson) => StylesheetJson;
}) {
  const cy = useCy();
  useEffect(() => {
    cy.style(build(baseStylesheet));
  }, [cy, build]);
  return null;
}
