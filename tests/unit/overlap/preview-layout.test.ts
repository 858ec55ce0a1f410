/**
 * The overlap map's first paint (before cytoscape): every cluster on the layout's start circle in
 * name order, sized as the canvas sizes it, only the edges the canvas shows, all inside the box.
 */
import { describe, expect, it } from 'vitest';
import type { PageClusterId } from '../../../src/domain/page/ids';
import type { PageModel } from '../../../src/domain/page/model';
import { overlapView } from '../../../src/features/overlap/overlap-view';
import { previewLayout } from '../../../src/features/overlap/preview-layout';

const id = (s: string) => s as PageClusterId;
const model = {
  clusters: new Map([
    [id('c1'), { id: id('c1'), name: 'Cedertre', members: 100 }],
    [id('c2'), { id: id('c2'), name: 'Bjørk', members: 25 }],
    [id('c3'), { id: id('c3'), name: 'Alm', members: 4 }],
  ]),
  overlaps: [
    { a: id('c1'), b: id('c2'), shared: 10, jaccard: 0.1, overlapCoefficient: 0.4, lift: 1 },
    { a: id('c1'), b: id('c3'), shared: 1, jaccard: 0.01, overlapCoefficient: 0.25, lift: 1 },
  ],
  clustersOf: new Map(),
} as unknown as PageModel;

const view = (minShared: number) =>
  overlapView(model, {
    nameOf: (c) => model.clusters.get(c)!.name,
    isInferred: () => false,
    inferredLabel: 'antatt',
    formatCount: String,
    minShared,
  });

describe('previewLayout', () => {
  it('puts the clusters on a circle in name order, the first at the top', () => {
    const { nodes } = previewLayout(view(1));
    expect(nodes.map((n) => n.label)).toEqual(['Alm', 'Bjørk', 'Cedertre']);
    const radius = 25 * 4;
    expect(nodes[0]!.x).toBeCloseTo(0);
    expect(nodes[0]!.y).toBeCloseTo(-radius);
    for (const n of nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(radius);
  });

  it('sizes nodes by area (diameter ~ square root of members), the largest at full size', () => {
    const { nodes } = previewLayout(view(1));
    const d = new Map(nodes.map((n) => [n.label, n.diameter]));
    expect(d.get('Cedertre')).toBeCloseTo(110);
    expect(d.get('Bjørk')).toBeCloseTo(55);
    expect(d.get('Alm')).toBeCloseTo(22);
  });

  it('draws only the edges at or over the threshold, and keeps everything inside its box', () => {
    expect(previewLayout(view(1)).edges).toHaveLength(2);
    const { edges, nodes, box } = previewLayout(view(5));
    expect(edges.map((e) => [e.from.label, e.to.label])).toEqual([['Cedertre', 'Bjørk']]);
    const [x, y, w, h] = box;
    for (const n of nodes) {
      expect(n.x - n.diameter / 2).toBeGreaterThanOrEqual(x);
      expect(n.x + n.diameter / 2).toBeLessThanOrEqual(x + w);
      expect(n.y - n.diameter / 2).toBeGreaterThanOrEqual(y);
      expect(n.y + n.diameter / 2).toBeLessThanOrEqual(y + h);
    }
  });

  it('puts nodes where the canvas last laid them out, when it knows every one', () => {
    const ids = view(1).nodes.map((n) => n.id);
    const known = new Map(ids.map((id, i) => [id, { x: 100 * i, y: -50 * i }]));
    const { nodes } = previewLayout(view(1), known);
    for (const n of nodes) expect({ x: n.x, y: n.y }).toEqual(known.get(n.id));
  });
});
