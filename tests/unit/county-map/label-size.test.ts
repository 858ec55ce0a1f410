/** The county names' size in the presentation: 14.5 px on screen at any drawn width, never smaller than the map's own. */
import { describe, expect, it } from 'vitest';
import { labelSizeFor } from '../../../src/features/county-map/label-size';
import { ownLabelSize } from '../../../src/ui/charts/NorwayMap';

const MAIN = { width: 400, height: 560, padding: 10 };

describe('labelSizeFor', () => {
  it.each([
    [400, 14.5],
    [200, 29],
    [800, 7.25],
  ])('a map drawn %d px wide', (drawn, px) => {
    const size = labelSizeFor(MAIN, drawn);
    expect(size).toBe(Math.max(ownLabelSize(MAIN), px));
    // On screen: frame units times the drawn scale.
    expect((size * drawn) / MAIN.width).toBeGreaterThanOrEqual(14);
  });

  it('a map not drawn (hidden, not measured yet) keeps its own size', () => {
    expect(labelSizeFor(MAIN, 0)).toBe(ownLabelSize(MAIN));
  });
});
