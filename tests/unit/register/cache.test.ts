/**
 * The answer cache: a second lookup of the same numbers sends nothing, whatever the answer was
 * (found, removed, unknown); failures are not kept; old answers and answers from another server
 * are asked again; a broken store only costs the cache.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore, type OutcomeStore } from '../../../src/io/enhetsregisteret/cache';
import { lookupOrgNumbers, type LookupOptions } from '../../../src/io/enhetsregisteret/client';
import { startFakeEnhetsregisteret, type FakeRegister } from '../../support/fake-enhetsregisteret';
import { validOrgNumbers } from './org-numbers';

const [A, SUB, GONE, UNKNOWN, FAILING] = validOrgNumbers(5) as [
  string,
  string,
  string,
  string,
  string,
];
const DAY = 24 * 60 * 60 * 1000;

let server: FakeRegister;
let clock: number;
beforeEach(async () => {
  clock = Date.UTC(2024, 4, 1);
  server = await startFakeEnhetsregisteret({
    enheter: [{ orgNumber: A, name: 'ALFA AS', municipality: ['0301', 'Oslo'] }],
    underenheter: [{ orgNumber: SUB, name: 'ALFA AVD', municipality: ['4601', 'Bergen'] }],
    gone: { [GONE]: 'enhet' },
  });
});
afterEach(() => server.close());

const options = (store: OutcomeStore, extra: Partial<LookupOptions> = {}): LookupOptions => ({
  baseUrl: server.url,
  retryDelaysMs: [],
  store,
  now: () => clock,
  ...extra,
});

describe('cached lookups', () => {
  it('a second lookup of the same numbers makes no request and gives the same answers', async () => {
    const store = memoryStore();
    const numbers = [A, SUB, GONE, UNKNOWN];
    const first = await lookupOrgNumbers(numbers, options(store));
    expect(first.requests).toBeGreaterThan(0);
    expect(first.fromCache).toBe(0);
    const before = server.requests.length;

    const progress: number[] = [];
    const second = await lookupOrgNumbers(
      numbers,
      options(store, { onProgress: (p) => progress.push(p.done) }),
    );
    expect(server.requests.length).toBe(before);
    expect(second.requests).toBe(0);
    expect(second.fromCache).toBe(4);
    expect(second.outcomes).toEqual(first.outcomes);
    expect(progress).toEqual([4]);
  });

  it('only numbers not yet answered are sent', async () => {
    const store = memoryStore();
    await lookupOrgNumbers([A], options(store));
    server.requests.length = 0;
    const result = await lookupOrgNumbers([A, SUB], options(store));
    expect(result.fromCache).toBe(1);
    expect(server.requests.every((r) => !r.includes(A))).toBe(true);
    expect(server.requests.some((r) => r.includes(SUB))).toBe(true);
  });

  it('failures are not cached: the next lookup asks again', async () => {
    const store = memoryStore();
    server.failNext(503, 1);
    const first = await lookupOrgNumbers([FAILING], options(store));
    expect(first.failures).toHaveLength(1);
    expect(store.records.size).toBe(0);
    const second = await lookupOrgNumbers([FAILING], options(store));
    expect(second.requests).toBeGreaterThan(0);
    expect(second.outcomes.get(FAILING)?.kind).toBe('not-found');
  });

  it('answers older than the time to live are asked again', async () => {
    const store = memoryStore();
    await lookupOrgNumbers([A], options(store, { ttlMs: 30 * DAY }));
    clock += 29 * DAY;
    expect((await lookupOrgNumbers([A], options(store, { ttlMs: 30 * DAY }))).requests).toBe(0);
    clock += 2 * DAY;
    expect((await lookupOrgNumbers([A], options(store, { ttlMs: 30 * DAY }))).requests).toBe(1);
  });

  it('answers from another server do not count', async () => {
    const store = memoryStore();
    await lookupOrgNumbers([A], options(store));
    const other = await startFakeEnhetsregisteret({});
    try {
      const result = await lookupOrgNumbers([A], options(store, { baseUrl: other.url }));
      expect(result.requests).toBeGreaterThan(0);
      expect(result.outcomes.get(A)?.kind).toBe('not-found');
    } finally {
      await other.close();
    }
  });

  it('cancelled lookups keep the answers they had', async () => {
    const store = memoryStore();
    const controller = new AbortController();
    // A is found by the first search; UNKNOWN's one-by-one lookup is slow and gets cancelled.
    server.slowDown(10_000, new RegExp(`/${UNKNOWN}$`));
    const pending = lookupOrgNumbers([A, UNKNOWN], options(store, { signal: controller.signal }));
    while (!server.requests.some((r) => r.endsWith(UNKNOWN)))
      await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const result = await pending;
    expect(result.cancelled).toBe(true);
    expect([...store.records.keys()]).toEqual([A]);
  });

  it('a store that fails costs only the cache', async () => {
    const broken: OutcomeStore = {
      getMany: () => Promise.reject(new Error('IndexedDB blocked')),
      putMany: () => Promise.reject(new Error('IndexedDB blocked')),
    };
    const result = await lookupOrgNumbers([A], options(broken));
    expect(result.outcomes.get(A)?.kind).toBe('found');
    expect(result.failures).toEqual([]);
  });
});
