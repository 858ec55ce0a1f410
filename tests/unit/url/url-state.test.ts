import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageClusterId, PageCountyId, PageOrgId } from '../../../src/domain/page/ids';
import { selectionOf } from '../../../src/domain/page/selection';
import type { SelectionItem } from '../../../src/domain/page/selection-types';
import {
  knownSelection,
  MAX_HASH_LENGTH,
  parseUrlHash,
  serialiseUrlHash,
  type UrlState,
} from '../../../src/state/url-state';

const VIEWS = ['kart', 'import', 'duplikater', 'plassering'];
const c = (id: string) => id as PageClusterId;
const o = (id: string) => id as PageOrgId;
const k = (id: string) => id as PageCountyId;

const selection = selectionOf([
  { kind: 'cluster', id: c('c7p0q4m2') },
  { kind: 'cluster-pair', a: c('cb'), b: c('ca') },
  { kind: 'county-pair', from: k('03'), to: k('32') },
  { kind: 'intersection', clusters: [c('z1'), c('a1'), c('m1')] },
  { kind: 'organisation', id: o('o3k9x2a1') },
]);

describe('serialiseUrlHash', () => {
  it.each<[string, UrlState, string]>([
    ['a view alone is the bare hash', { view: 'duplikater' }, '#duplikater'],
    ['defaults are left out', { view: 'kart', filters: { minShared: 1 } }, '#kart'],
    [
      'the rest after the version',
      { view: 'kart', workspace: 'k3x9', language: 'en', filters: { minShared: 3 } },
      '#kart?v=1&ws=k3x9&lang=en&min=3',
    ],
    [
      'the selection by ids, pairs sorted, county pairs ordered, the focus last',
      { view: 'kart', selection },
      '#kart?v=1&sel=o.o3k9x2a1~c.c7p0q4m2~cp.ca.cb~kp.03.32~i.a1.m1.z1&focus=o.o3k9x2a1',
    ],
    [
      'the anonymised mode, with k only when it is not the default 3',
      { view: 'kart', filters: { anonymised: true, minGroup: 5 } },
      '#kart?v=1&anon=1&anonk=5',
    ],
    [
      'the anonymised mode off is left out',
      { view: 'kart', filters: { anonymised: false } },
      '#kart',
    ],
    [
      'measure and scheme',
      { measure: 'pagerank', scheme: '2024' },
      '#?v=1&measure=pagerank&scheme=2024',
    ],
  ])('%s', (_, state, hash) => {
    expect(serialiseUrlHash(state)).toBe(hash);
  });
});

describe('parseUrlHash', () => {
  it.each<[string, unknown, UrlState, string[]]>([
    ['the old bare hash', '#import', { view: 'import' }, []],
    ['an empty hash', '', {}, []],
    ['case and spaces in the view', '#%20Plassering', { view: 'plassering' }, []],
    ['an unknown view', '#ukjent', {}, ['unknown-view']],
    [
      'a full state',
      '#kart?v=1&ws=k3x9&lang=en&min=3',
      { view: 'kart', workspace: 'k3x9', language: 'en', filters: { minShared: 3 } },
      [],
    ],
    ['another version: only the view', '#kart?v=2&lang=en', { view: 'kart' }, ['version']],
    ['no version: only the view', '#kart?lang=en', { view: 'kart' }, ['version']],
    [
      'an unknown key, the rest kept',
      '#kart?v=1&lang=en&x=1',
      { view: 'kart', language: 'en' },
      ['unknown-key'],
    ],
    ['an unknown language', '#kart?v=1&lang=sv', { view: 'kart' }, ['bad-value']],
    ['a threshold below 1', '#kart?v=1&min=0', { view: 'kart' }, ['bad-value']],
    ['a threshold not a number', '#kart?v=1&min=3.5', { view: 'kart' }, ['bad-value']],
    ['a name is no id', '#kart?v=1&sel=c.Kongsberg%20klyngen', { view: 'kart' }, ['bad-value']],
    ['a pair of one cluster', '#kart?v=1&sel=cp.a.a', { view: 'kart' }, ['bad-value']],
    ['an unknown kind', '#kart?v=1&sel=x.a', { view: 'kart' }, ['bad-value']],
    [
      'a repeated key',
      '#kart?v=1&lang=en&lang=nb',
      { view: 'kart', language: 'en' },
      ['bad-value'],
    ],
    ['broken percent-encoding', '#kart?v=1&lang=%E0%A4%A', { view: 'kart' }, ['bad-value']],
    ['not a string', 42, {}, ['bad-value']],
    ['10 kB of junk', `#kart?v=1&${'x'.repeat(10_000)}`, {}, ['too-long']],
  ])('%s', (_, hash, state, problems) => {
    const parsed = parseUrlHash(hash, VIEWS);
    expect(parsed.state).toEqual(state);
    expect(parsed.problems).toEqual(problems);
  });

  it('reads back the selection it wrote', () => {
    const parsed = parseUrlHash(serialiseUrlHash({ view: 'kart', selection }), VIEWS);
    expect(parsed.state.selection).toEqual(selection);
    expect(parsed.problems).toEqual([]);
  });
});

const token = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const item: fc.Arbitrary<SelectionItem> = fc.oneof(
  token.map((id): SelectionItem => ({ kind: 'organisation', id: o(id) })),
  token.map((id): SelectionItem => ({ kind: 'cluster', id: c(id) })),
  token.map((id): SelectionItem => ({ kind: 'county', id: k(id) })),
  fc
    .uniqueArray(token, { minLength: 2, maxLength: 2 })
    .map(([a, b]): SelectionItem => ({ kind: 'cluster-pair', a: c(a!), b: c(b!) })),
  fc
    .tuple(token, token)
    .map(([from, to]): SelectionItem => ({ kind: 'county-pair', from: k(from), to: k(to) })),
  fc
    .uniqueArray(token, { minLength: 1, maxLength: 5 })
    .map((ids): SelectionItem => ({ kind: 'intersection', clusters: ids.map(c) })),
);

const validState: fc.Arbitrary<UrlState> = fc.record(
  {
    view: fc.constantFrom(...VIEWS),
    workspace: token,
    language: fc.constantFrom('nb' as const, 'en' as const),
    measure: token,
    scheme: token,
    filters: fc.record({ minShared: fc.integer({ min: 2, max: 1_000_000 }) }),
    selection: fc
      .tuple(fc.array(item, { minLength: 1, maxLength: 8 }), fc.option(item, { nil: null }))
      .map(([items, focus]) => selectionOf(items, focus ?? items.at(-1) ?? null)),
  },
  { requiredKeys: [] },
);

describe('properties', () => {
  it('parse(serialise(x)) = x for valid states', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrlHash(serialiseUrlHash(state), VIEWS);
        expect(parsed.problems).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('parse never throws on arbitrary strings, and says why when it drops something', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: MAX_HASH_LENGTH + 100 }),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `#kart?v=1&${s}`),
          fc
            .array(fc.tuple(fc.string(), fc.string()))
            .map((kv) => `#kart?v=1&${kv.map(([a, b]) => `${a}=${b}`).join('&')}`),
        ),
        (hash) => {
          const parsed = parseUrlHash(hash, VIEWS);
          // What was read is always a state we would write again.
          const again = parseUrlHash(serialiseUrlHash(parsed.state), VIEWS);
          expect(again.state).toEqual(parsed.state);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('knownSelection', () => {
  it.each<[string, (item: SelectionItem) => boolean, number]>([
    ['everything known', () => true, 0],
    ['nothing known: every item and the focus', () => false, 6],
    ['clusters only: four items and the focus', (i) => i.kind === 'cluster', 5],
  ])('%s', (_, known, dropped) => {
    expect(knownSelection(selection, known).dropped).toBe(dropped);
  });
});
