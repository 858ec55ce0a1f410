/**
 * The views' filters in the URL: each key written and read back, defaults left out (lists by
 * content), bad values reported and dropped; the store's reducer sets and clears them.
 */
import { describe, expect, it } from 'vitest';
import { initialState, setViewFilters } from '../../../src/state/reducers';
import { parseUrlHash, serialiseUrlHash, type Filters } from '../../../src/state/url-state';

const VIEWS = ['kart', 'snitt', 'organisasjoner'];

describe('view filters in the hash', () => {
  it.each<[Filters, string]>([
    [{ upsetSort: 'degree' }, 'usort=degree'],
    [{ upsetClusters: ['cabc', 'cdef'] }, 'uclusters=cabc.cdef'],
    [{ upsetMatch: 'all' }, 'umatch=all'],
    [{ upsetMin: 3 }, 'umin=3'],
    [{ orgMinClusters: 4 }, 'omin=4'],
    [{ orgBucket: '4plus' }, 'obar=4plus'],
    [{ orgCounty: '03' }, 'ocounty=03'],
    [{ orgType: 'research' }, 'otype=research'],
    [{ orgCluster: 'c7p0' }, 'ocluster=c7p0'],
    [{ orgTableSort: 'count-desc' }, 'tsort=count-desc'],
  ])('%j round-trips as %s', (filters, text) => {
    const hash = serialiseUrlHash({ view: 'snitt', filters });
    expect(hash).toContain(text);
    expect(parseUrlHash(hash, VIEWS)).toEqual({ state: { view: 'snitt', filters }, problems: [] });
  });

  it('leaves defaults out, lists compared by content', () => {
    const hash = serialiseUrlHash({
      view: 'snitt',
      filters: {
        upsetSort: 'size',
        upsetClusters: [],
        upsetMatch: 'any',
        upsetMin: 1,
        orgBucket: '',
      },
    });
    expect(hash).toBe('#snitt');
  });

  it.each(['usort=name', 'umin=0', 'obar=5', 'otype=firm', 'uclusters=a..b', 'ocounty=%3Cx%3E'])(
    '%s is a bad value, dropped',
    (pair) => {
      const parsed = parseUrlHash(`#snitt?v=1&${pair}`, VIEWS);
      expect(parsed.problems).toEqual(['bad-value']);
      expect(parsed.state.filters).toBeUndefined();
    },
  );
});

describe('setViewFilters', () => {
  it('sets and clears one filter, keeping the others', () => {
    const a = setViewFilters(initialState(), { upsetMin: 3, orgBucket: '2' });
    expect(a.viewFilters).toEqual({ upsetMin: 3, orgBucket: '2' });
    const b = setViewFilters(a, { upsetMin: undefined });
    expect(b.viewFilters).toEqual({ orgBucket: '2' });
  });
});
