/** Arrow-key movement between nodes: the nearest node in the key's direction, on screen. */
import { describe, expect, it } from 'vitest';
import {
  directionOfKey,
  nearestInDirection,
  type Placed,
} from '../../../../src/ui/graph/keyboard-nav';

const centre: Placed = { id: 'c', x: 0, y: 0 };
const nodes: Placed[] = [
  centre,
  { id: 'right-near', x: 10, y: 2 },
  { id: 'right-far', x: 40, y: 0 },
  { id: 'up', x: 1, y: -20 },
  { id: 'down-diagonal', x: 15, y: 16 },
  { id: 'left-off-axis', x: -30, y: 25 },
];

describe('nearestInDirection', () => {
  it.each([
    { direction: 'right', want: 'right-near' },
    { direction: 'up', want: 'up' },
    // (15, 16) is just past 45 degrees from the x axis, so it is "down", not "right".
    { direction: 'down', want: 'down-diagonal' },
    { direction: 'left', want: 'left-off-axis' },
  ] as const)('$direction -> $want', ({ direction, want }) => {
    expect(nearestInDirection(centre, nodes, direction)).toBe(want);
  });

  it('returns null when no node lies that way', () => {
    const from = { id: 'right-far', x: 40, y: 0 };
    expect(nearestInDirection(from, nodes, 'right')).toBeNull();
  });

  it('prefers the node straight ahead over an equally far one off to the side', () => {
    const options: Placed[] = [
      { id: 'ahead', x: 20, y: 0 },
      { id: 'aside', x: 16, y: 12 },
    ];
    expect(nearestInDirection(centre, options, 'right')).toBe('ahead');
  });
});

describe('directionOfKey', () => {
  it.each([
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['ArrowLeft', 'left'],
    ['ArrowRight', 'right'],
    ['Enter', null],
    ['a', null],
  ])('%s -> %s', (key, want) => {
    expect(directionOfKey(key)).toBe(want);
  });
});
