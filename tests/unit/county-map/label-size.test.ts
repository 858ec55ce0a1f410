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
    const size = labelSizeFor(MAIN, { width: drawn, height: (drawn * 560) / 400 });
    expect(size).toBe(Math.max(ownLabelSize(MAIN), px));
    // On screen: frame units times the drawn scale.
    expect((size * drawn) / MAIN.width).toBeGreaterThanOrEqual(14);
  });

  it('a map held lower than its width asks (the presentation) is drawn by its height', () => {
    // 400 px wide but 280 px high: the frame is drawn at half a pixel per unit.
    const size = labelSizeFor(MAIN, { width: 400, height: 280 });
    expect(size).toBe(29);
    expect(size * Math.min(400 / MAIN.width, 280 / MAIN.height)).toBeGreaterThanOrEqual(14);
  });

  it('a map not drawn (hidden, not measured yet) keeps its own size', () => {
    expect(labelSizeFor(MAIN, { width: 0, height: 0 })).toBe(ownLabelSize(MAIN));
  });
});
