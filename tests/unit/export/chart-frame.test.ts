/**
 * The image frame and the node-link drawing: title, legend and source as escaped text, the
 * drawing fitted to the frame's width, a name with markup written as text (never an element).
 */
import { describe, expect, it } from 'vitest';
import { FRAME_WIDTH, frameDrawing, wrapWords } from '../../../src/domain/export/chart-frame';
import { graphDrawing } from '../../../src/domain/export/graph-drawing';

const MARKUP = '<img src=x onerror=alert(1)>';

describe('graphDrawing', () => {
  const drawing = graphDrawing(
    [
      { x: 0, y: 0, diameter: 40, label: MARKUP, fill: '#2f6f9f' },
      { x: 300, y: 100, diameter: 20, label: 'Beta & co', fill: '#8fb3cf' },
    ],
    [{ x1: 0, y1: 0, x2: 300, y2: 100, width: 4, colour: '#8a99a8', label: '3' }],
  );

  it('draws one circle per node, one line per edge, labels as escaped text', () => {
    expect(drawing.markup.match(/<circle /g)).toHaveLength(2);
    expect(drawing.markup.match(/<line /g)).toHaveLength(1);
    expect(drawing.markup).toContain('&lt;img src=x onerror=alert(1)&gt;</text>');
    expect(drawing.markup).toContain('>Beta &amp; co</text>');
    expect(drawing.markup).not.toContain('<img');
  });

  it('fits its box around the nodes and labels', () => {
    expect(drawing.width).toBeGreaterThan(300);
    expect(drawing.height).toBeGreaterThan(100);
    const xs = [...drawing.markup.matchAll(/cx="([\d.-]+)"/g)].map((m) => Number(m[1]));
    for (const x of xs) expect(x).toBeGreaterThan(0);
  });
});

describe('frameDrawing', () => {
  const framed = frameDrawing(
    { markup: '<rect width="10" height="5"/>', width: 1000, height: 500 },
    {
      title: `Kart over ${MARKUP}`,
      legend: [{ text: 'Klynge', colour: '#2f6f9f' }, { text: 'Sirkelens areal følger antall' }],
      source: ['Kilde: Eksempeldata (syntetisk). Laget 2. desember 2026 med klyngekart.'],
    },
  );

  it('is 1920 wide, with title, legend and source as text', () => {
    expect(framed.width).toBe(FRAME_WIDTH);
    expect(framed.svg).toMatch(
      /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920"/,
    );
    expect(framed.svg).toContain('>Kart over &lt;img src=x onerror=alert(1)&gt;</text>');
    expect(framed.svg).toContain('>Klynge</text>');
    expect(framed.svg).toContain('Sirkelens areal følger antall');
    expect(framed.svg).toContain('Kilde: Eksempeldata (syntetisk).');
    expect(framed.svg).not.toContain('<img');
  });

  it('scales the drawing to the inner width, keeping its aspect', () => {
    expect(framed.box.width).toBe(FRAME_WIDTH - 96);
    expect(framed.box.height).toBe(Math.round((FRAME_WIDTH - 96) / 2));
    expect(framed.height).toBeGreaterThan(framed.box.y + framed.box.height);
  });

  it('wraps long lines at spaces', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('averyverylongword x', 5)).toEqual(['averyverylongword', 'x']);
  });
});
