/**
 * Answers already had from the register, kept so the same numbers are not sent twice. The
 * store is injected: IndexedDB in the browser (idb-store.ts), a Map in Node tests. Answers of
 * every kind are kept (found, removed, unknown); failures never are. An answer older than the
 * time to live, or from another base URL, counts as missing. A store that fails (IndexedDB
 * blocked, private mode) only costs the cache: lookups go on without it.
 */
import type { LookupOutcome } from './types';

export interface CachedOutcome {
  readonly orgNumber: string;
  readonly outcome: LookupOutcome;
  /** When it was answered (ms since the epoch). */
  readonly at: number;
  /** The API base URL that answered. */
  readonly source: string;
}

export interface OutcomeStore {
  getMany(numbers: readonly string[]): Promise<ReadonlyMap<string, CachedOutcome>>;
  putMany(records: readonly CachedOutcome[]): Promise<void>;
}

export const DEFAULT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function memoryStore(): OutcomeStore & { readonly records: Map<string, CachedOutcome> } {
  const records = new Map<string, CachedOutcome>();
  return {
    records,
    async getMany(numbers) {
      const found = new Map<string, CachedOutcome>();
      for (const n of numbers) {
        const record = records.get(n);
        if (record) found.set(n, record);
      }
      return found;
    },
    async putMany(list) {
      for (const record of list) records.set(record.orgNumber, record);
    },
  };
}

export interface CacheView {
  /** Fresh answers for these numbers from this source; an empty map when the store fails. */
  read(numbers: readonly string[]): Promise<ReadonlyMap<string, LookupOutcome>>;
  write(outcomes: readonly LookupOutcome[]): Promise<void>;
}

export function outcomeNumber(outcome: LookupOutcome): string {
  return outcome.kind === 'found' ? outcome.entry.orgNumber : outcome.orgNumber;
}

export function cacheView(
  store: OutcomeStore | null,
  source: string,
  ttlMs: number,
  now: () => number,
): CacheView {
  return {
    async read(numbers) {
      const fresh = new Map<string, LookupOutcome>();
      if (!store || numbers.length === 0) return fresh;
      try {
        const records = await store.getMany(numbers);
        const limit = now() - ttlMs;
        for (const [n, record] of records)
          if (record.source === source && record.at >= limit) fresh.set(n, record.outcome);
      } catch {
        // The cache is an optimisation; a broken one means asking the register again.
      }
      return fresh;
    },
    async write(outcomes) {
      if (!store || outcomes.length === 0) return;
      const at = now();
      try {
        await store.putMany(
          outcomes.map((outcome) => ({ orgNumber: outcomeNumber(outcome), outcome, at, source })),
        );
      } catch {
        // As above: losing the cache only costs requests next time.
      }
    },
  };
}
