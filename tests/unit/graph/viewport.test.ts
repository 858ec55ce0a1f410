/**
 * The relative viewport: what a canvas shows, read relative to its graph and set back, gives the
 * same picture; on a canvas of another size or a graph laid out elsewhere (moved, scaled) it shows
 * the same part of the graph; the zoom stays within the canvas limits; a hidden canvas reads null.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIT_VIEWPORT,
  fitZoom,
  isFitViewport,
  roundViewport,
  sameViewport,
  toAbsolute,
  toRelative,
  type ViewportFrame,
} from '../../../src/domain/graph/viewport';

const frame = (over: Partial<ViewportFrame> = {}): ViewportFrame => ({
  box: { x1: -200, y1: -100, w: 400, h: 200 },
  width: 1000,
  height: 600,
  padding: 24,
  minZoom: 0.02,
  maxZoom: 6,
  ...over,
});

describe('the relative viewport', () => {
  it('reads the centred fit of the box as zoom 1 at the middle', () => {
    const f = frame();
    const z = fitZoom(f);
    expect(z).toBeCloseTo(Math.min(952 / 400, 552 / 200));
    const rel = toRelative({ zoom: z, pan: { x: 500, y: 300 } }, f);
    expect(rel).not.toBeNull();
    expect(isFitViewport(rel!)).toBe(true);
  });

  it('reads twice the zoom at the left quarter as 2, 0.25', () => {
    const f = frame();
    const zoom = 2 * fitZoom(f);
    // Model point (-100, 0) at the canvas centre.
    const rel = toRelative({ zoom, pan: { x: 500 + 100 * zoom, y: 300 } }, f)!;
    expect(rel.zoom).toBeCloseTo(2);
    expect(rel.x).toBeCloseTo(0.25);
    expect(rel.y).toBeCloseTo(0.5);
  });

  it('sets back what it read (property)', () => {
    const f = frame();
    fc.assert(
      fc.property(
        // Within the canvas limits: the fit zoom here is 2.38 and the largest 6.
        fc.double({ min: 0.1, max: 2.5, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (zoom, x, y) => {
          const abs = toAbsolute({ zoom, x, y }, f)!;
          const back = toRelative(abs, f)!;
          expect(sameViewport(back, { zoom, x, y })).toBe(true);
        },
      ),
    );
  });

  it('shows the same part of the graph on another canvas and another layout', () => {
    const saved = { zoom: 1.8, x: 0.3, y: 0.7 };
    // No padding here: a fixed padding in pixels is not a share of the canvas.
    const a = frame({ padding: 0 });
    // Twice the canvas; the graph moved by (500, -40) and drawn 3 times larger.
    const b = frame({
      padding: 0,
      width: 2000,
      height: 1200,
      box: { x1: -100, y1: -340, w: 1200, h: 600 },
    });
    const centre = (f: ViewportFrame) => {
      const abs = toAbsolute(saved, f)!;
      const mx = (f.width / 2 - abs.pan.x) / abs.zoom;
      return (mx - f.box.x1) / f.box.w;
    };
    expect(centre(b)).toBeCloseTo(centre(a));
    // The box takes the same share of the canvas: on-screen widths scale with the canvas.
    const shownWidth = (f: ViewportFrame) => f.box.w * toAbsolute(saved, f)!.zoom;
    expect(shownWidth(b) / b.width).toBeCloseTo(shownWidth(a) / a.width);
  });

  it('keeps the zoom within the canvas limits', () => {
    const abs = toAbsolute({ zoom: 1000, x: 0.5, y: 0.5 }, frame())!;
    expect(abs.zoom).toBe(6);
  });

  it('a single node (a box without size) is read at its place, zoom against the largest', () => {
    const f = frame({ box: { x1: 10, y1: 20, w: 0, h: 0 } });
    expect(fitZoom(f)).toBe(6);
    const rel = toRelative({ zoom: 3, pan: { x: 500 - 30, y: 300 - 60 } }, f)!;
    expect(rel).toEqual({ zoom: 0.5, x: 0.5, y: 0.5 });
  });

  it.each<[string, Partial<ViewportFrame>]>([
    ['a hidden canvas', { width: 0, height: 0 }],
    ['an empty graph', { box: { x1: Infinity, y1: Infinity, w: -Infinity, h: -Infinity } }],
  ])('%s reads and sets nothing', (_, over) => {
    expect(toRelative({ zoom: 1, pan: { x: 0, y: 0 } }, frame(over))).toBeNull();
    expect(toAbsolute(FIT_VIEWPORT, frame(over))).toBeNull();
  });

  it('rounds to four decimals and compares as rounded', () => {
    expect(roundViewport({ zoom: 1.234567, x: 0.123449, y: -0.00004 })).toEqual({
      zoom: 1.2346,
      x: 0.1234,
      y: -0,
    });
    expect(sameViewport({ zoom: 1.00001, x: 0.5, y: 0.5 }, FIT_VIEWPORT)).toBe(true);
    expect(sameViewport({ zoom: 1.001, x: 0.5, y: 0.5 }, FIT_VIEWPORT)).toBe(false);
  });
});
