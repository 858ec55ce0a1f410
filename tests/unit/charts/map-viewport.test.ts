/** The county map's zoom and pan: the relative form links keep, zoom about a point, clamped pan. */
import { describe, expect, it } from 'vitest';
import {
  clientToFrame,
  IDENTITY,
  MAP_ZOOM,
  panBy,
  transformOf,
  viewportOf,
  zoomAround,
} from '../../../src/ui/charts/map-viewport';

const FRAME = { width: 400, height: 560, padding: 10 };

describe('transformOf and viewportOf', () => {
  it('the fit is no transform and no viewport', () => {
    expect(transformOf(undefined, FRAME)).toEqual(IDENTITY);
    expect(viewportOf(IDENTITY, FRAME)).toBeUndefined();
  });

  it('a zoom of 2 centred on the top left quarter', () => {
    const t = transformOf({ zoom: 2, x: 0.25, y: 0.25 }, FRAME);
    // The frame point (100, 140) is drawn at the frame's centre (200, 280).
    expect(t).toEqual({ k: 2, x: 0, y: 0 });
    expect(viewportOf(t, FRAME)).toEqual({ zoom: 2, x: 0.25, y: 0.25 });
  });

  it('round-trips what a link keeps', () => {
    const v = { zoom: 3.1416, x: 0.6123, y: 0.2718 };
    expect(viewportOf(transformOf(v, FRAME), FRAME)).toEqual(v);
  });

  it('holds a link within the limits: zoom 1-12, what is shown within the map', () => {
    expect(transformOf({ zoom: 0.2, x: 0.5, y: 0.5 }, FRAME)).toEqual(IDENTITY);
    expect(transformOf({ zoom: 50, x: 0.5, y: 0.5 }, FRAME).k).toBe(MAP_ZOOM.max);
    expect(viewportOf(transformOf({ zoom: 2, x: -3, y: 9 }, FRAME), FRAME)).toEqual({
      zoom: 2,
      x: 0.25,
      y: 0.75,
    });
  });
});

describe('zoomAround', () => {
  it('keeps the point under the pointer where it is', () => {
    const at: [number, number] = [120, 400];
    const t = zoomAround(IDENTITY, FRAME, 2.5, at);
    expect(t.k).toBe(2.5);
    expect(at[0] * t.k + t.x).toBeCloseTo(at[0], 9);
    expect(at[1] * t.k + t.y).toBeCloseTo(at[1], 9);
  });

  it('zooms about the centre by default, and not past the limits', () => {
    const t = zoomAround(IDENTITY, FRAME, 1.5);
    expect(viewportOf(t, FRAME)).toEqual({ zoom: 1.5, x: 0.5, y: 0.5 });
    expect(zoomAround(t, FRAME, 0.1)).toEqual(IDENTITY);
    expect(zoomAround(t, FRAME, 100).k).toBe(MAP_ZOOM.max);
  });
});

describe('panBy', () => {
  it('moves the drawing with the drag', () => {
    const t = panBy({ k: 2, x: -200, y: -280 }, FRAME, 30, -20);
    expect(t).toEqual({ k: 2, x: -170, y: -300 });
  });

  it("stops with the map's edge at the drawing's edge", () => {
    const t = panBy({ k: 2, x: -200, y: -280 }, FRAME, 10_000, -10_000);
    expect(t).toEqual({ k: 2, x: 0, y: -FRAME.height });
    expect(viewportOf(t, FRAME)).toEqual({ zoom: 2, x: 0.25, y: 0.75 });
  });

  it('does not pan the whole map (nothing beside it to show)', () => {
    expect(panBy(IDENTITY, FRAME, 50, 50)).toEqual(IDENTITY);
  });
});

describe('clientToFrame', () => {
  it('reads a point through the SVG scaled to fit and centred in its box', () => {
    // A box held to half the frame's height: drawn at 0.5 px a unit, 200 px wide, 100 px in.
    const box = { left: 10, top: 20, width: 400, height: 280 };
    expect(clientToFrame(box, FRAME, 10 + 100, 20)).toEqual([0, 0]);
    expect(clientToFrame(box, FRAME, 10 + 200, 20 + 140)).toEqual([200, 280]);
  });
});
