/**
 * The overlap map's positions across rebuilds: known nodes go back exactly where they were, only
 * new ones are placed (next to the clusters they overlap with), and a canvas with no known node
 * says so, so the caller lays it out from scratch.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  type PositionMemory,
  rememberPositions,
  restorePositions,
} from '../../../src/features/overlap/layout-memory';

const canvas = (nodes: string[], edges: [string, string][]) =>
  cytoscape({
    headless: true,
    elements: [
      ...nodes.map((id) => ({ data: { id } })),
      ...edges.map(([s, t]) => ({ data: { id: `${s}|${t}`, source: s, target: t } })),
    ],
  });

describe('layout memory', () => {
  it('puts known nodes back and places a new one beside its neighbours', () => {
    const memory: PositionMemory = new Map();
    const before = canvas(['a', 'b', 'c'], [['a', 'b']]);
    before.$id('a').position({ x: 0, y: 0 });
    before.$id('b').position({ x: 100, y: 0 });
    before.$id('c').position({ x: 0, y: 300 });
    rememberPositions(before, memory);

    const after = canvas(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['d', 'a'],
        ['d', 'b'],
      ],
    );
    expect(restorePositions(after, memory)).toBe(true);
    expect(after.$id('a').position()).toEqual({ x: 0, y: 0 });
    expect(after.$id('b').position()).toEqual({ x: 100, y: 0 });
    expect(after.$id('c').position()).toEqual({ x: 0, y: 300 });
    const d = after.$id('d').position();
    // Near the middle of a and b, not on top of either.
    expect(Math.hypot(d.x - 50, d.y)).toBeLessThanOrEqual(41);
    rememberPositions(after, memory);
    expect([...memory.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('says when no node is known', () => {
    const memory: PositionMemory = new Map([['x', { x: 1, y: 1 }]]);
    expect(restorePositions(canvas(['a'], []), memory)).toBe(false);
  });
});
