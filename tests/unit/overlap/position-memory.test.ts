/**
 * The overlap map's remembered positions: given back for the same layout key when every node has
 * one, else nothing; and no storage (Node has none, a browser may block it) is no error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  recalledPositions,
  rememberPositions,
} from '../../../src/features/overlap/position-memory';

function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

const positions = new Map([
  ['a', { x: 1.5, y: -2 }],
  ['b', { x: 30, y: 40 }],
]);

describe('position memory', () => {
  it('gives back the positions for the same key, and nothing for another key or node set', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    rememberPositions('force\u0000a\u0000b', positions);
    expect(recalledPositions('force\u0000a\u0000b', ['a', 'b'])).toEqual(positions);
    expect(recalledPositions('circle\u0000a\u0000b', ['a', 'b'])).toBeNull();
    expect(recalledPositions('force\u0000a\u0000b', ['a', 'b', 'c'])).toBeNull();
  });

  it('keeps one entry: the last layout', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    rememberPositions('one', positions);
    rememberPositions('two', new Map([['a', { x: 0, y: 0 }]]));
    expect(recalledPositions('one', ['a', 'b'])).toBeNull();
    expect(recalledPositions('two', ['a'])).toEqual(new Map([['a', { x: 0, y: 0 }]]));
  });

  it('reads garbage as nothing', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    storage.setItem('klyngekart:overlap-positions', '{not json');
    expect(recalledPositions('k', ['a'])).toBeNull();
    storage.setItem(
      'klyngekart:overlap-positions',
      JSON.stringify({ layoutKey: 'k', positions: { a: { x: 'left', y: 1 } } }),
    );
    expect(recalledPositions('k', ['a'])).toBeNull();
  });

  it('without storage: nothing kept, nothing thrown', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    vi.stubGlobal('localStorage', blocked);
    expect(() => rememberPositions('k', positions)).not.toThrow();
    expect(recalledPositions('k', ['a', 'b'])).toBeNull();
  });
});
