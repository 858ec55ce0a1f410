/**
 * The overlap map's graph view on heavy input: a wide file where every pair of 600 clusters
 * overlaps (179 700 pairs, past the ~125 000 arguments a call takes, which once blanked the page
 * through Math.max(...spread)) gives a view without throwing, at most DEFAULT_MAX_EDGES edges,
 * the strongest ones, ids without names, and the shared selection mapped onto its elements.
 */
import { describe, expect, it } from 'vitest';
import type { PageClusterId, PageOrgId } from '../../../src/domain/page/ids';
import type { PageModel, PageOverlap } from '../../../src/domain/page/model';
import { EMPTY_SELECTION } from '../../../src/domain/page/selection-types';
import {
  DEFAULT_MAX_EDGES,
  drawnOverlaps,
  edgeId,
  maxShared,
  overlapView,
} from '../../../src/features/overlap/overlap-view';

const cid = (i: number) => `c${String(i).padStart(3, '0')}` as PageClusterId;

function wide(clusters: number): PageModel {
  const overlaps: PageOverlap[] = [];
  for (let a = 0; a < clusters; a++) {
    for (let b = a + 1; b < clusters; b++) {
      const shared = ((a * 31 + b * 17) % 97) + 1;
      overlaps.push({ a: cid(a), b: cid(b), shared, jaccard: 0.1, overlapCoefficient: 0.2 });
    }
  }
  const list = Array.from({ length: clusters }, (_, i) => [
    cid(i),
    { id: cid(i), name: `Klynge ${i}`, members: 100 + i },
  ]);
  return {
    clusters: new Map(list as [PageClusterId, never][]),
    overlaps,
    clustersOf: new Map([['o1' as PageOrgId, [cid(3), cid(7)]]]),
  } as unknown as PageModel;
}

const options = {
  nameOf: (id: PageClusterId) => `Klynge ${Number(id.slice(1))}`,
  isInferred: () => false,
  inferredLabel: 'antatt',
  formatCount: String,
  minShared: 1,
};

describe('the overlap view on a wide file', () => {
  const big = wide(600);

  it('has more pairs than a call takes arguments, and a max without a spread', () => {
    expect(big.overlaps.length).toBe(179_700);
    expect(() => Math.max(...big.overlaps.map((o) => o.shared))).toThrow(RangeError);
    expect(maxShared(big)).toBe(97);
  });

  it('draws every node and the strongest DEFAULT_MAX_EDGES edges, saying how many it hides', () => {
    const view = overlapView(big, options);
    expect(view.nodes).toHaveLength(600);
    expect(view.edges).toHaveLength(DEFAULT_MAX_EDGES);
    let weakestDrawn = Infinity;
    for (const e of view.edges) weakestDrawn = Math.min(weakestDrawn, e.data.shared);
    const drawn = new Set(view.edges.map((e) => e.id));
    const strongerLeftOut = big.overlaps.filter(
      (o) => o.shared > weakestDrawn && !drawn.has(edgeId(o.a, o.b)),
    );
    expect(strongerLeftOut).toEqual([]);
    expect(drawnOverlaps(big).hidden).toBe(179_700 - DEFAULT_MAX_EDGES);
  });

  it('carries no names in element ids', () => {
    const view = overlapView(big, options);
    for (const n of view.nodes) expect(n.id).not.toContain('Klynge');
    for (const e of view.edges) expect(e.id).not.toContain('Klynge');
  });

  it.each([
    ['a cluster lights its node', { ...EMPTY_SELECTION, clusters: [cid(1)] }, [cid(1)], []],
    [
      'a pair lights its edge',
      { ...EMPTY_SELECTION, clusterPairs: [[cid(2), cid(1)] as const] },
      [],
      [edgeId(cid(1), cid(2))],
    ],
    [
      'an organisation lights its clusters',
      { ...EMPTY_SELECTION, organisations: ['o1' as PageOrgId] },
      [cid(3), cid(7)],
      [],
    ],
  ])('%s', (_, selection, nodes, edges) => {
    const lit = overlapView(wide(10), options).selectionToElements(selection);
    expect([...lit.nodes].sort()).toEqual(nodes);
    expect([...lit.edges]).toEqual(edges);
  });
});
