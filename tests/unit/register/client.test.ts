/**
 * The Enhetsregisteret client against a local HTTP server serving the API's documented shape
 * (tests/support/fake-enhetsregisteret.ts): batches through the search, sub-units, removed and
 * unknown numbers, retries, failures grouped by cause, cancelling, and the requests it sends.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  foundEntries,
  lookupOrgNumbers,
  uniqueOrgNumbers,
} from '../../../src/io/enhetsregisteret/client';
import type { LookupOptions } from '../../../src/io/enhetsregisteret/client';
import type { LookupProgress } from '../../../src/io/enhetsregisteret/types';
import {
  startFakeEnhetsregisteret,
  type FakeRegister,
  type UnitSpec,
} from '../../support/fake-enhetsregisteret';
import { validOrgNumbers } from './org-numbers';

const N = validOrgNumbers(12);
const [A, B, C, SUB, GONE, GONE_SUB, DELETED, UNKNOWN] = N as [string, ...string[]];

const ENHETER: UnitSpec[] = [
  {
    orgNumber: A,
    name: 'ALFA AS',
    nace: ['62.010', 'Programmeringstjenester'],
    employees: 12,
    municipality: ['0301', 'Oslo'],
  },
  {
    orgNumber: B!,
    name: 'BETA AS',
    nace: ['72.190', 'Annen forskning'],
    municipality: ['4601', 'Bergen'],
  },
  {
    orgNumber: C!,
    name: 'GAMMA AB NUF',
    form: ['NUF', 'Norskregistrert utenlandsk foretak'],
    countryCode: 'SE',
  },
  {
    orgNumber: DELETED!,
    name: 'SLETTET AS',
    municipality: ['3301', 'Drammen'],
    deletedOn: '2023-01-31',
  },
];
const UNDERENHETER: UnitSpec[] = [
  { orgNumber: SUB!, name: 'ALFA AS AVD TRONDHEIM', municipality: ['5001', 'Trondheim'] },
];

let server: FakeRegister;
beforeEach(async () => {
  server = await startFakeEnhetsregisteret({
    enheter: ENHETER,
    underenheter: UNDERENHETER,
    gone: { [GONE!]: 'enhet', [GONE_SUB!]: 'underenhet' },
  });
});
afterEach(() => server.close());

const options = (extra: Partial<LookupOptions> = {}): LookupOptions => ({
  baseUrl: server.url,
  retryDelaysMs: [0, 0],
  ...extra,
});

describe('lookupOrgNumbers', () => {
  it('finds main units with one search request', async () => {
    const progress: LookupProgress[] = [];
    const result = await lookupOrgNumbers(
      [A, B!],
      options({ onProgress: (p) => progress.push(p) }),
    );
    expect(server.requests).toEqual([
      `/enhetsregisteret/api/enheter?organisasjonsnummer=${A},${B}&size=2`,
    ]);
    expect(result.requests).toBe(1);
    expect(result.failures).toEqual([]);
    expect(result.cancelled).toBe(false);
    expect(result.outcomes.get(A)).toEqual({
      kind: 'found',
      unit: 'enhet',
      entry: {
        orgNumber: A,
        name: 'ALFA AS',
        orgForm: 'AS',
        orgFormText: 'Aksjeselskap',
        naceCode: '62.010',
        naceText: 'Programmeringstjenester',
        employees: 12,
        municipalityNumber: '0301',
        countryCode: 'NO',
      },
    });
    expect(
      foundEntries(result)
        .map((e) => e.orgNumber)
        .sort(),
    ).toEqual([A, B].sort());
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
  });

  it('finds a sub-unit through the sub-unit search, with its location', async () => {
    const result = await lookupOrgNumbers([SUB!], options());
    expect(server.requests.map((r) => r.split('?')[0])).toEqual([
      '/enhetsregisteret/api/enheter',
      '/enhetsregisteret/api/underenheter',
    ]);
    const outcome = result.outcomes.get(SUB!);
    expect(outcome?.kind === 'found' && outcome.unit).toBe('underenhet');
    expect(outcome?.kind === 'found' && outcome.entry.municipalityNumber).toBe('5001');
  });

  it('tells removed (410) from unknown (404), one by one after the searches', async () => {
    const result = await lookupOrgNumbers([GONE!, GONE_SUB!, UNKNOWN!, DELETED!], options());
    expect(result.outcomes.get(GONE!)).toEqual({ kind: 'gone', orgNumber: GONE, unit: 'enhet' });
    expect(result.outcomes.get(GONE_SUB!)).toEqual({
      kind: 'gone',
      orgNumber: GONE_SUB,
      unit: 'underenhet',
    });
    expect(result.outcomes.get(UNKNOWN!)).toEqual({ kind: 'not-found', orgNumber: UNKNOWN });
    const deleted = result.outcomes.get(DELETED!);
    expect(deleted?.kind === 'found' && deleted.deletedOn).toBe('2023-01-31');
    expect(deleted?.kind === 'found' && deleted.entry.municipalityNumber).toBe('3301');
    // Unknown: two searches, then /enheter/{nr} (404) and /underenheter/{nr} (404).
    expect(server.requests).toContain(`/enhetsregisteret/api/enheter/${UNKNOWN}`);
    expect(server.requests).toContain(`/enhetsregisteret/api/underenheter/${UNKNOWN}`);
    // Removed main unit: its 410 ends the search for it; no sub-unit request.
    expect(server.requests).not.toContain(`/enhetsregisteret/api/underenheter/${GONE}`);
    expect(result.failures).toEqual([]);
  });

  it('retries a 503 and a 500, then succeeds', async () => {
    server.failNext(503, 1);
    server.failNext(500, 1);
    const result = await lookupOrgNumbers([A], options());
    expect(result.requests).toBe(3);
    expect(result.outcomes.get(A)?.kind).toBe('found');
    expect(result.failures).toEqual([]);
  });

  it('gives up after its retries and groups the failure by cause, without throwing', async () => {
    server.failNext(503, 10);
    const result = await lookupOrgNumbers([A, B!, C!], options());
    expect(result.requests).toBe(3); // one try and two retries
    expect(result.outcomes.size).toBe(0);
    expect(result.failures).toEqual([
      { numbers: [A, B, C], reason: { kind: 'http', status: 503 } },
    ]);
  });

  it('a 400 from the search falls back to one-by-one lookups', async () => {
    const only400: typeof fetch = (input, init) =>
      String(input).includes('?')
        ? Promise.resolve(new Response('{"status":400}', { status: 400 }))
        : fetch(input, init);
    const result = await lookupOrgNumbers([A, SUB!], options({ fetch: only400 }));
    expect(result.outcomes.get(A)?.kind).toBe('found');
    const sub = result.outcomes.get(SUB!);
    expect(sub?.kind === 'found' && sub.unit).toBe('underenhet');
  });

  it('follows further pages of a search', async () => {
    const smallPages: typeof fetch = (input, init) =>
      fetch(String(input).replace(/size=\d+/, 'size=1'), init);
    const result = await lookupOrgNumbers([A, B!, C!], options({ fetch: smallPages }));
    expect(foundEntries(result)).toHaveLength(3);
    expect(server.requests.filter((r) => r.includes('page=')).length).toBe(2);
  });

  it('sends batches of at most 100 numbers, never more than two requests at once', async () => {
    const numbers = validOrgNumbers(250, 80000000);
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      most = Math.max(most, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    server.slowDown(20, /\/enheter$/);
    const progress: LookupProgress[] = [];
    const result = await lookupOrgNumbers(
      numbers,
      options({ fetch: counting, onProgress: (p) => progress.push(p) }),
    );
    const searches = server.requests.filter((r) => r.startsWith('/enhetsregisteret/api/enheter?'));
    expect(searches).toHaveLength(3);
    const sizes = searches.map(
      (r) => new URL(r, 'http://x').searchParams.get('organisasjonsnummer')!.split(',').length,
    );
    expect(sizes.sort((a, b) => a - b)).toEqual([50, 100, 100]);
    expect(most).toBe(2);
    // None of them is registered: every one ends as unknown, and progress reaches the end.
    expect([...result.outcomes.values()].every((o) => o.kind === 'not-found')).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 250, total: 250 });
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true);
  });

  it('stops at once when cancelled during a slow answer, and keeps no half answer', async () => {
    server.slowDown(10_000);
    const controller = new AbortController();
    const pending = lookupOrgNumbers([A, B!], options({ signal: controller.signal }));
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const result = await pending;
    expect(result.cancelled).toBe(true);
    expect(result.outcomes.size).toBe(0);
    expect(result.failures).toEqual([]);
    expect(result.requests).toBe(1);
  });

  it('a slow answer past the time limit is a timeout failure', async () => {
    server.slowDown(2_000);
    const result = await lookupOrgNumbers([A], options({ timeoutMs: 100, retryDelaysMs: [] }));
    expect(result.failures).toEqual([{ numbers: [A], reason: { kind: 'timeout', seconds: 1 } }]);
  });

  it('a server that is not there is a network failure', async () => {
    const url = server.url;
    await server.close();
    const result = await lookupOrgNumbers([A], { baseUrl: url, retryDelaysMs: [] });
    expect(result.failures[0]?.reason.kind).toBe('network');
    expect(result.failures[0]?.numbers).toEqual([A]);
  });

  it('an answer that is not JSON is a bad response', async () => {
    const html: typeof fetch = async () =>
      new Response('<html>maintenance</html>', { status: 200 });
    const result = await lookupOrgNumbers([A], options({ fetch: html }));
    expect(result.failures[0]?.reason.kind).toBe('bad-response');
  });

  it('looks each nine-digit number up once', async () => {
    expect(uniqueOrgNumbers([A, ` ${A.slice(0, 3)} ${A.slice(3)} `, '12345', 'abc', B!])).toEqual([
      A,
      B,
    ]);
    const result = await lookupOrgNumbers([A, A, 'x'], options());
    expect(server.requests).toEqual([
      `/enhetsregisteret/api/enheter?organisasjonsnummer=${A}&size=1`,
    ]);
    expect(result.outcomes.size).toBe(1);
  });

  it('nothing to look up sends nothing', async () => {
    const result = await lookupOrgNumbers([], options());
    expect(result.requests).toBe(0);
    expect(server.requests).toEqual([]);
  });
});
