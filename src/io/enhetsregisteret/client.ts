/**
 * Looks organisation numbers up in Enhetsregisteret, politely: answers already cached are not
 * asked for again; the rest go in batches of 100 through the search (GET /enheter?
 * organisasjonsnummer=a,b,c), numbers it does not know through the sub-unit search, and only
 * those still missing one by one (/enheter/{nr}, then /underenheter/{nr}) to tell "removed"
 * (410) from "unknown" (404). At most two requests are in flight. Progress is reported as
 * numbers settle; cancelling stops at once and keeps what was answered. Never throws: whatever
 * goes wrong ends up in `failures`, grouped by cause.
 */
import { pushAll } from '../../domain/numbers/extent';
import { cacheView, DEFAULT_TTL_MS, type CacheView, type OutcomeStore } from './cache';
import { getJson, type HttpOptions } from './http';
import { deletedOn, toRegisterEntry, unitNumber } from './map-entry';
import {
  DEFAULT_BASE_URL,
  type FailureReason,
  type LookupFailure,
  type LookupOutcome,
  type LookupProgress,
  type LookupResult,
  type UnitKind,
} from './types';

export interface LookupOptions {
  /** API root; tests point it at a local server. Default: the real register. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LookupProgress) => void;
  /** Where answers are cached; null or absent: no cache. */
  readonly store?: OutcomeStore | null;
  readonly batchSize?: number;
  /** Requests in flight at once (1 or 2 is polite; more is clamped to 2). */
  readonly concurrency?: number;
  readonly retryDelaysMs?: readonly number[];
  readonly timeoutMs?: number;
  readonly maxRetryAfterMs?: number;
  readonly ttlMs?: number;
  readonly now?: () => number;
}

interface Context {
  readonly base: string;
  readonly http: HttpOptions;
  readonly cache: CacheView;
  readonly outcomes: Map<string, LookupOutcome>;
  readonly failures: LookupFailure[];
  readonly report: (settled: number) => void;
}

type Search =
  | { readonly kind: 'units'; readonly units: readonly unknown[] }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'failed'; readonly reason: FailureReason }
  | { readonly kind: 'cancelled' };

const PATH: Record<UnitKind, 'enheter' | 'underenheter'> = {
  enhet: 'enheter',
  underenhet: 'underenheter',
};

/** Nine-digit numbers, spaces removed, each once, in their first order. */
export function uniqueOrgNumbers(numbers: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of numbers) {
    const digits = raw.replace(/\s+/g, '');
    if (/^\d{9}$/.test(digits)) seen.add(digits);
  }
  return [...seen];
}

async function search(kind: UnitKind, numbers: readonly string[], ctx: Context): Promise<Search> {
  const units: unknown[] = [];
  // size = batch length: one page holds every match; further pages are followed all the same.
  for (let page = 0; page < 50; page++) {
    const url = `${ctx.base}/${PATH[kind]}?organisasjonsnummer=${numbers.join(',')}&size=${numbers.length}${page > 0 ? `&page=${page}` : ''}`;
    const answer = await getJson(url, ctx.http);
    if (answer.kind === 'cancelled' || answer.kind === 'failed') return answer;
    if (answer.kind === 'status')
      return answer.status === 400
        ? { kind: 'unsupported' }
        : { kind: 'failed', reason: { kind: 'http', status: answer.status } };
    const body = answer.body as {
      _embedded?: Record<string, unknown>;
      page?: { totalPages?: unknown };
    };
    const list = body && typeof body === 'object' ? body._embedded?.[PATH[kind]] : undefined;
    if (!body || typeof body !== 'object' || (list !== undefined && !Array.isArray(list)))
      return {
        kind: 'failed',
        reason: { kind: 'bad-response', message: `${PATH[kind]} search: unexpected JSON` },
      };
    units.push(...((list as unknown[] | undefined) ?? []));
    const pages = typeof body.page?.totalPages === 'number' ? body.page.totalPages : 1;
    if (page + 1 >= pages) break;
  }
  return { kind: 'units', units };
}

/** One number the searches did not find: /enheter/{nr}, then /underenheter/{nr}. */
async function lookupOne(
  orgNumber: string,
  ctx: Context,
): Promise<LookupOutcome | FailureReason | 'cancelled'> {
  for (const unit of ['enhet', 'underenhet'] as const) {
    const answer = await getJson(`${ctx.base}/${PATH[unit]}/${orgNumber}`, ctx.http);
    if (answer.kind === 'cancelled') return 'cancelled';
    if (answer.kind === 'failed') return answer.reason;
    if (answer.kind === 'ok') {
      const entry = toRegisterEntry(answer.body, unit);
      if (!entry || entry.orgNumber !== orgNumber)
        return { kind: 'bad-response', message: `${PATH[unit]}/${orgNumber}: unexpected JSON` };
      const removed = deletedOn(answer.body);
      return { kind: 'found', entry, unit, ...(removed ? { deletedOn: removed } : {}) };
    }
    if (answer.status === 410) return { kind: 'gone', orgNumber, unit };
    if (answer.status !== 404) return { kind: 'http', status: answer.status };
  }
  return { kind: 'not-found', orgNumber };
}

async function lookupBatch(batch: readonly string[], ctx: Context): Promise<void> {
  let missing = [...batch];
  const settle = async (outcomes: LookupOutcome[]) => {
    for (const o of outcomes)
      ctx.outcomes.set(o.kind === 'found' ? o.entry.orgNumber : o.orgNumber, o);
    await ctx.cache.write(outcomes);
    ctx.report(outcomes.length);
  };
  const fail = (numbers: readonly string[], reason: FailureReason) => {
    ctx.failures.push({ numbers, reason });
    ctx.report(numbers.length);
  };

  for (const unit of ['enhet', 'underenhet'] as const) {
    if (missing.length === 0) return;
    const found = await search(unit, missing, ctx);
    if (found.kind === 'cancelled') return;
    if (found.kind === 'failed') return fail(missing, found.reason);
    if (found.kind === 'unsupported') break; // the one-by-one lookups below still work
    const wanted = new Set(missing);
    const outcomes: LookupOutcome[] = [];
    for (const raw of found.units) {
      const n = unitNumber(raw);
      const entry = n && wanted.has(n) ? toRegisterEntry(raw, unit) : null;
      if (!entry) continue;
      wanted.delete(entry.orgNumber);
      outcomes.push({ kind: 'found', entry, unit });
    }
    await settle(outcomes);
    missing = missing.filter((n) => wanted.has(n));
  }

  for (const orgNumber of missing) {
    const outcome = await lookupOne(orgNumber, ctx);
    if (outcome === 'cancelled') return;
    if (outcome.kind === 'found' || outcome.kind === 'gone' || outcome.kind === 'not-found')
      await settle([outcome]);
    else fail([orgNumber], outcome);
  }
}

/** Failures with the same cause become one, so the UI can say "503 for 3 numbers". */
function groupFailures(failures: readonly LookupFailure[]): LookupFailure[] {
  const groups = new Map<string, { numbers: string[]; reason: FailureReason }>();
  for (const { numbers, reason } of failures) {
    const key = reason.kind === 'http' ? `http:${reason.status}` : reason.kind;
    const group = groups.get(key) ?? { numbers: [], reason };
    pushAll(group.numbers, numbers);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function lookupOrgNumbers(
  numbers: readonly string[],
  options: LookupOptions = {},
): Promise<LookupResult> {
  const all = uniqueOrgNumbers(numbers);
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const signal = options.signal;
  let requests = 0;
  let done = 0;
  const report = (settled: number) => {
    done += settled;
    options.onProgress?.({ done, total: all.length });
  };
  const outcomes = new Map<string, LookupOutcome>();
  const failures: LookupFailure[] = [];
  const cache = cacheView(
    options.store ?? null,
    base,
    options.ttlMs ?? DEFAULT_TTL_MS,
    options.now ?? Date.now,
  );
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const ctx: Context = {
    base,
    cache,
    outcomes,
    failures,
    report,
    http: {
      fetch: fetchImpl,
      signal,
      retryDelaysMs: options.retryDelaysMs ?? [1000, 3000],
      timeoutMs: options.timeoutMs ?? 30_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
      onRequest: () => requests++,
    },
  };

  let fromCache = 0;
  try {
    const cached = await cache.read(all);
    for (const [n, outcome] of cached) outcomes.set(n, outcome);
    fromCache = cached.size;
    report(fromCache);

    const todo = all.filter((n) => !cached.has(n));
    const size = Math.max(1, Math.min(options.batchSize ?? 100, 100));
    const batches: string[][] = [];
    for (let i = 0; i < todo.length; i += size) batches.push(todo.slice(i, i + size));
    let next = 0;
    const runners = Math.max(1, Math.min(options.concurrency ?? 2, 2, batches.length));
    await Promise.all(
      Array.from({ length: runners }, async () => {
        while (next < batches.length && !signal?.aborted) await lookupBatch(batches[next++]!, ctx);
      }),
    );
  } catch (error) {
    // A bug, not a register answer: the numbers still open are reported, nothing is thrown.
    const open = all.filter(
      (n) => !outcomes.has(n) && !failures.some((f) => f.numbers.includes(n)),
    );
    if (open.length > 0)
      failures.push({
        numbers: open,
        reason: {
          kind: 'bad-response',
          message: error instanceof Error ? error.message : String(error),
        },
      });
  }
  return {
    outcomes,
    failures: groupFailures(failures),
    cancelled: (signal?.aborted ?? false) && done < all.length,
    requests,
    fromCache,
  };
}

/** The entries to apply: every number the register (or the cache) found. */
export function foundEntries(result: LookupResult) {
  return [...result.outcomes.values()].flatMap((o) => (o.kind === 'found' ? [o.entry] : []));
}
