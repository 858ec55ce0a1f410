import { describe, expect, it } from 'vitest';
import { parseUrlHash, serialiseUrlHash, type UrlState } from '../../../src/state/url-state';

const VIEWS = ['kart', 'medlemsgraf'];

describe('map settings in the URL', () => {
  it.each<[string, UrlState]>([
    ['lift at 1.5', { view: 'kart', filters: { overlapMeasure: 'lift', minRatio: 1.5 } }],
    ['jaccard at 0.1', { view: 'kart', filters: { overlapMeasure: 'jaccard', minRatio: 0.1 } }],
    [
      'layout, colour, size',
      {
        view: 'kart',
        filters: {
          mapLayout: 'concentric',
          ringsBy: 'betweenness',
          colourBy: 'pagerank',
          sizeBy: 'degree',
        },
      },
    ],
    ['all organisations', { view: 'medlemsgraf', filters: { allOrgs: true } }],
  ])('%s survives a round trip', (_, state) => {
    const hash = serialiseUrlHash(state);
    expect(parseUrlHash(hash, VIEWS)).toEqual({ state, problems: [] });
  });

  it.each([
    ['#kart?v=1&mr=abc', 'bad-value'],
    ['#kart?v=1&all=yes', 'bad-value'],
    ['#kart?v=1&colour=a.b', 'bad-value'],
  ])('%s is set aside as %s', (hash, problem) => {
    expect(parseUrlHash(hash, VIEWS).problems).toEqual([problem]);
  });

  it('writes the ratio threshold as a short decimal', () => {
    expect(
      serialiseUrlHash({ view: 'kart', filters: { overlapMeasure: 'jaccard', minRatio: 0.1 } }),
    ).toBe('#kart?v=1&om=jaccard&mr=0.1');
  });
});
