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

describe('map viewports in the hash', () => {
  it.each<[Filters, string]>([
    [{ overlapViewport: { zoom: 2.5, x: 0.3125, y: 0.61 } }, 'ovp=2.5,0.3125,0.61'],
    [{ memberViewport: { zoom: 0.75, x: -0.2, y: 1.4 } }, 'mvp=0.75,-0.2,1.4'],
    [{ countyViewport: { zoom: 4, x: 0.25, y: 0.8125 } }, 'cvp=4,0.25,0.8125'],
  ])('%j round-trips as %s', (filters, text) => {
    const hash = serialiseUrlHash({ view: 'kart', filters });
    expect(hash).toContain(text);
    expect(parseUrlHash(hash, VIEWS)).toEqual({ state: { view: 'kart', filters }, problems: [] });
  });

  it('writes four decimals, leaves the fit out and clamps a far pan into what it reads', () => {
    const long = { zoom: 1.234567, x: 0.987654321, y: 0.5 };
    expect(serialiseUrlHash({ view: 'kart', filters: { overlapViewport: long } })).toBe(
      '#kart?v=1&ovp=1.2346,0.9877,0.5',
    );
    const fit = { zoom: 1, x: 0.5, y: 0.5 };
    expect(serialiseUrlHash({ view: 'kart', filters: { overlapViewport: fit } })).toBe('#kart');
    const far = serialiseUrlHash({
      view: 'kart',
      filters: { overlapViewport: { zoom: 2, x: 1e9, y: -1e9 } },
    });
    expect(far).toBe('#kart?v=1&ovp=2,1000,-1000');
    expect(parseUrlHash(far, VIEWS).problems).toEqual([]);
  });

  it.each([
    'ovp=2,0.5',
    'ovp=2,0.5,0.5,1',
    'ovp=0,0.5,0.5',
    'ovp=-1,0.5,0.5',
    'ovp=2,0.5,1001',
    'ovp=2,0.5,abc',
    'ovp=1e3,0.5,0.5',
    'ovp=2,0.12345,0.5',
    'mvp=',
    'mvp=NaN,0,0',
    'cvp=2,0.5',
    'cvp=0,0.5,0.5',
    'cvp=2,0.5,0.5,0.5',
  ])('%s is a bad value, dropped', (pair) => {
    const parsed = parseUrlHash(`#kart?v=1&${pair}`, VIEWS);
    expect(parsed.problems).toEqual(['bad-value']);
    expect(parsed.state.filters).toBeUndefined();
  });
});
