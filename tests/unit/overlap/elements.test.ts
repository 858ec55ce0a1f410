/**
 * The overlap map's elements on heavy input: a wide file where every pair of 600 clusters
 * overlaps (179 700 pairs, past the ~125 000 arguments a call takes, which once blanked the page
 * through Math.max(...spread)) gives elements without throwing, at most MAX_DRAWN_EDGES edges,
 * the strongest ones, and the count of those left out.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, OverlapSummary } from '../../../src/domain/analysis/types';
import {
  drawnOverlaps,
  MAX_DRAWN_EDGES,
  overlapCounts,
  overlapElements,
} from '../../../src/features/overlap/elements';

const name = (i: number) => `Klynge ${String(i).padStart(3, '0')}`;

function wide(clusters: number): Pick<Analysis, 'clusters' | 'overlaps'> {
  const overlaps: OverlapSummary[] = [];
  for (let a = 0; a < clusters; a++) {
    for (let b = a + 1; b < clusters; b++) {
      const shared = ((a * 31 + b * 17) % 97) + 1;
      overlaps.push({ a: name(a), b: name(b), shared, jaccard: 0.1, overlapCoefficient: 0.2 });
    }
  }
  const list = Array.from({ length: clusters }, (_, i) => ({
    name: name(i),
    members: 100 + i,
    counties: {},
  }));
  return { clusters: list, overlaps };
}

const options = { isInferred: () => false, inferredLabel: 'antatt', formatCount: String };
const asAnalysis = (part: Pick<Analysis, 'clusters' | 'overlaps'>) => part as Analysis;

describe('overlapElements on a wide file', () => {
  const big = wide(600);

  it('has more pairs than a call takes arguments', () => {
    expect(big.overlaps.length).toBe(179_700);
    expect(() => Math.max(...big.overlaps.map((o) => o.shared))).toThrow(RangeError);
  });

  it('gives every node and at most MAX_DRAWN_EDGES edges, the strongest', () => {
    const elements = overlapElements(asAnalysis(big), options);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const edges = elements.filter((e) => e.group === 'edges');
    expect(nodes).toHaveLength(600);
    expect(edges).toHaveLength(MAX_DRAWN_EDGES);
    const weakestDrawn = Math.min(...edges.map((e) => Number(e.data.shared)));
    const drawnIds = new Set(edges.map((e) => String(e.data.id)));
    const strongerLeftOut = big.overlaps.filter(
      (o) => o.shared > weakestDrawn && !drawnIds.has(`overlap:${o.a}\u0000${o.b}`),
    );
    expect(strongerLeftOut).toEqual([]);
  });

  it('counts what it hides, the same as drawnOverlaps', () => {
    const counted = overlapCounts(big.overlaps);
    const chosen = drawnOverlaps(big.overlaps);
    expect(counted).toEqual({ drawn: MAX_DRAWN_EDGES, hidden: 179_700 - MAX_DRAWN_EDGES });
    expect(chosen.hidden).toBe(counted.hidden);
    expect(chosen.drawn).toHaveLength(counted.drawn);
  });
});

describe('drawnOverlaps', () => {
  const o = (a: string, b: string, shared: number): OverlapSummary => ({
    a,
    b,
    shared,
    jaccard: 0,
    overlapCoefficient: 0,
  });
  const cases = [
    {
      name: 'under the limit: all with shared members',
      limit: 5,
      drawn: ['A-B', 'A-C'],
      hidden: 0,
    },
    { name: 'at the limit', limit: 2, drawn: ['A-B', 'A-C'], hidden: 0 },
    { name: 'over the limit: strongest first', limit: 1, drawn: ['A-C'], hidden: 1 },
  ];
  it.each(cases)('$name', ({ limit, drawn, hidden }) => {
    const result = drawnOverlaps([o('A', 'B', 2), o('A', 'C', 5), o('B', 'C', 0)], limit);
    expect(result.drawn.map((x) => `${x.a}-${x.b}`).sort()).toEqual(drawn);
    expect(result.hidden).toBe(hidden);
  });

  it('breaks ties by name, so the same data always draws the same edges', () => {
    const ties = [o('C', 'D', 3), o('A', 'B', 3), o('B', 'C', 3)];
    expect(drawnOverlaps(ties, 2).drawn.map((x) => x.a)).toEqual(['A', 'B']);
    expect(drawnOverlaps([...ties].reverse(), 2).drawn.map((x) => x.a)).toEqual(['A', 'B']);
  });
});
