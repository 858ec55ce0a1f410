/**
 * Applies the view's stylesheet, built on the kit's base, to the instance; with a font scale set
 * (font-scale.ts) labels are held at a screen size, re-evaluated once per frame while zooming.
 * Renders nothing.
 */
import type { StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import { baseStylesheet } from '../base-stylesheet';
import { useCy } from '../cy-context';
import { BASE_LABEL_PX, scaledLabelRules, useGraphFontScale } from '../font-scale';

export function StyleController({
  build,
}: {
  readonly build: (base: StylesheetJson) => StylesheetJson;
}) {
  const cy = useCy();
  const scale = useGraphFontScale();
  useEffect(() => {
    const own = build(baseStylesheet);
    if (scale === null) {
      cy.style(own);
      return;
    }
    cy.style([...own, ...scaledLabelRules(BASE_LABEL_PX * scale, () => cy.zoom())]);
    let frame = 0;
    const onZoom = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        cy.style().update();
      });
    };
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [cy, build, scale]);
  return null;
}
