/** The county views' settings in the URL: written only when not the default, read back equal, bad values named. */
import { describe, expect, it } from 'vitest';
import { parseUrlHash, serialiseUrlHash } from '../../../src/state/url-state';

const VIEWS = ['kart', 'fylkesmatrise', 'hvor'];

describe('county view filters in the URL', () => {
  it.each([
    [{ rowSort: 'col-03' }, 'rsort=col-03'],
    [{ rowSort: 'total', columnSort: 'name' }, 'rsort=total&csort=name'],
    [{ matrixRows: 'report' }, 'rows=report'],
    [{ whereScheme: '2024', whereMode: 'count' }, 'wscheme=2024&wmode=count'],
    [{ typeMode: 'count' }, 'tmode=count'],
  ] as const)('%j <-> %s', (filters, text) => {
    const hash = serialiseUrlHash({
      view: 'fylkesmatrise',
      measure: 'lift',
      scheme: 'report',
      filters,
    });
    expect(hash).toBe(`#fylkesmatrise?v=1&measure=lift&scheme=report&${text}`);
    const back = parseUrlHash(hash, VIEWS);
    expect(back.problems).toEqual([]);
    expect(back.state.filters).toEqual(filters);
    expect(back.state.measure).toBe('lift');
  });

  it('leaves defaults out', () => {
    expect(
      serialiseUrlHash({
        view: 'hvor',
        filters: { rowSort: 'order', matrixRows: 'all', whereScheme: 'region', whereMode: 'share' },
      }),
    ).toBe('#hvor');
  });

  it.each(['rsort=col-', 'rsort=sideways', 'rows=three', 'wscheme=1999', 'tmode=pie'])(
    '%s is a bad value',
    (pair) => {
      const parsed = parseUrlHash(`#hvor?v=1&${pair}`, VIEWS);
      expect(parsed.problems).toEqual(['bad-value']);
      expect(parsed.state.filters).toBeUndefined();
    },
  );
});
