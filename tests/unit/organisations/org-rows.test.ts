/**
 * The organisations table model: search folding (case, accents, ø/æ), matching name, aliases and
 * number (spaced or not), filters one by one and together, the 1 / 2 / 3 / 4+ buckets (on the
 * default data they agree with the analysis document's membership histogram: 9 in 4+), and the
 * row Enter lands on.
 */
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../src/domain/membership/types';
import type { PageClusterId, PageCountyId, PageOrgId } from '../../../src/domain/page/ids';
import {
  bestMatch,
  bucketOf,
  filterRows,
  foldSearch,
  histogram,
  matchesSearch,
  NO_FILTER,
  numberQuery,
  organisationLookup,
  orgRows,
  type OrgRow,
} from '../../../src/features/organisations/org-rows';
import { orgIndexOf } from '../../../src/state/org-index';
import { defaultBuilt } from '../intersections/default-fixture';

describe('foldSearch', () => {
  it.each([
    ['Bodø Næringsforening', 'bodo naeringsforening'],
    ['  ÅLESUND   Kommune ', 'alesund kommune'],
    ['Café Élan A/S', 'cafe elan a s'],
    ['Tromsø-Ishavet', 'tromso ishavet'],
    ['Müller & Søn', 'muller son'],
  ])('%s -> %s', (text, folded) => expect(foldSearch(text)).toBe(folded));

  it.each([
    ['923 609 016', '923609016'],
    ['923.609', '923609'],
    ['92', ''],
    ['abc 123', ''],
  ])('numberQuery(%s) = %s', (text, digits) => expect(numberQuery(text)).toBe(digits));
});

const row = (over: Partial<Omit<OrgRow, 'id'>> & { id: string; name: string }): OrgRow => {
  const folded = foldSearch(over.name);
  return {
    county: '03' as PageCountyId,
    clusters: [],
    haystack: folded,
    folded,
    ...over,
    id: over.id as PageOrgId,
  } as OrgRow;
};

const c = (...ids: string[]) => ids as PageClusterId[];
const ROWS: OrgRow[] = [
  row({
    id: 'o1',
    name: 'Åsen Bygg',
    clusters: c('a'),
    type: 'established',
    orgNumber: '923609016',
  }),
  row({ id: 'o2', name: 'Bodø Helse', clusters: c('a', 'b'), county: '18' as PageCountyId }),
  row({ id: 'o3', name: 'Helse Øst', clusters: c('a', 'b', 'c'), type: 'public' }),
  row({ id: 'o4', name: 'Nordic Health', clusters: c('a', 'b', 'c', 'd'), type: 'startup' }),
  row({ id: 'o5', name: 'Ingen Klynge', clusters: [] }),
];

describe('search and filters', () => {
  it.each([
    ['asen', ['o1']],
    ['BODO', ['o2']],
    ['helse', ['o2', 'o3']],
    ['923 609', ['o1']],
    ['', ['o1', 'o2', 'o3', 'o4', 'o5']],
  ])('search %j', (query, ids) => {
    expect(filterRows(ROWS, NO_FILTER, query).map((r) => r.id)).toEqual(ids);
  });

  it('matches aliases through the haystack', () => {
    const r = row({
      id: 'x',
      name: 'Sintef',
      haystack: ['sintef', foldSearch('Stiftelsen SINTEF Ålesund')].join('\n'),
    });
    expect(matchesSearch(r, 'stiftelsen sintef alesund')).toBe(true);
    expect(matchesSearch(r, 'tromso')).toBe(false);
  });

  it.each([
    [{ minClusters: 3 }, ['o3', 'o4']],
    [{ bucket: '2' }, ['o2']],
    [{ bucket: '4plus' }, ['o4']],
    [{ county: '18' }, ['o2']],
    [{ type: 'none' }, ['o2', 'o5']],
    [{ type: 'public' }, ['o3']],
    [{ cluster: 'c' }, ['o3', 'o4']],
    [{ selectedClusters: c('b', 'd') }, ['o4']],
    [{ minClusters: 2, type: 'none' }, ['o2']],
  ] as const)('filter %j', (over, ids) => {
    expect(filterRows(ROWS, { ...NO_FILTER, ...over }).map((r) => r.id)).toEqual(ids);
  });

  it('counts buckets under every filter but the bucket itself', () => {
    expect(histogram(ROWS, NO_FILTER)).toEqual({ '1': 1, '2': 1, '3': 1, '4plus': 1 });
    expect(histogram(ROWS, { ...NO_FILTER, bucket: '2', cluster: 'b' })).toEqual({
      '1': 0,
      '2': 1,
      '3': 1,
      '4plus': 1,
    });
    expect([0, 1, 3, 4, 9].map(bucketOf)).toEqual([null, '1', '3', '4plus', '4plus']);
  });

  it('lands on a name starting with the query before one merely containing it', () => {
    const shown = filterRows(ROWS, NO_FILTER, 'helse');
    expect(bestMatch(shown, 'helse')?.id).toBe('o3');
    expect(bestMatch(shown, 'ODO')?.id).toBe('o2');
    expect(bestMatch(shown, '  ')).toBeUndefined();
  });
});

describe('rows of the default data', () => {
  it('agree with the analysis document: histogram, and 9 organisations in 4 or more', async () => {
    const { model, analysis, dataset } = await defaultBuilt();
    const lookup = organisationLookup(model, orgIndexOf(dataset).byId);
    const rows = orgRows(model, {
      nameOf: (id) => model.organisations.get(id)!.name,
      anonymised: false,
      organisation: lookup,
    });
    expect(rows).toHaveLength(analysis.organisations);
    const h = histogram(rows, NO_FILTER);
    expect(h).toEqual({
      '1': analysis.membershipHistogram['1'],
      '2': analysis.membershipHistogram['2'],
      '3': analysis.membershipHistogram['3'],
      '4plus': analysis.membershipHistogram['4+'],
    });
    expect(filterRows(rows, { ...NO_FILTER, bucket: '4plus' })).toHaveLength(9);
    expect(filterRows(rows, { ...NO_FILTER, minClusters: 4 })).toHaveLength(9);
    // Member types come from the dataset's records.
    const typed = rows.filter((r) => r.type !== undefined).length;
    expect(typed).toBe(dataset.organisations.filter((o: Organisation) => o.type).length);
  });

  it('anonymised: neither numbers nor aliases are searchable', async () => {
    const { model, dataset } = await defaultBuilt();
    const lookup = organisationLookup(model, orgIndexOf(dataset).byId);
    const withNumber = [...model.organisations.values()].find((o) => o.orgNumber)!;
    const rows = orgRows(model, {
      nameOf: (id) => `Organisasjon ${model.organisations.get(id)!.index}`,
      anonymised: true,
      organisation: lookup,
    });
    expect(filterRows(rows, NO_FILTER, withNumber.orgNumber!)).toHaveLength(0);
    expect(filterRows(rows, NO_FILTER, withNumber.name)).toHaveLength(0);
  });
});
