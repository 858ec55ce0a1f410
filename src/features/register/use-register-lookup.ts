/**
 * Runs one register lookup at a time for the panel: progress while it runs, cancel, then the
 * found entries handed to `apply` (the store's addRegisterEntries, which rebuilds the dataset).
 * Leaving the page section cancels a lookup in flight. Answers are cached in IndexedDB.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegisterEntry } from '../../domain/membership/register';
import type { OutcomeStore } from '../../io/enhetsregisteret/cache';
import { foundEntries, lookupOrgNumbers } from '../../io/enhetsregisteret/client';
import { indexedDbStore } from '../../io/enhetsregisteret/idb-store';
import type { LookupProgress, LookupResult } from '../../io/enhetsregisteret/types';

export type LookupRun =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: LookupProgress }
  | { readonly phase: 'applying'; readonly result: LookupResult }
  | {
      readonly phase: 'done';
      readonly result: LookupResult;
      /** Organisations the answers placed (computed before applying). */
      readonly placed: number;
      readonly applyError?: string;
    };

let sharedStore: OutcomeStore | null = null;
/** Opened on first use only: a page that never looks anything up never opens the database. */
const store = () => (sharedStore ??= indexedDbStore());

export function useRegisterLookup(
  apply: (entries: readonly RegisterEntry[]) => Promise<void>,
  placedBy: (entries: readonly RegisterEntry[]) => number,
) {
  const [run, setRun] = useState<LookupRun>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (numbers: readonly string[]) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setRun({ phase: 'running', progress: { done: 0, total: numbers.length } });
      const result = await lookupOrgNumbers(numbers, {
        signal: abort.signal,
        store: store(),
        onProgress: (progress) => {
          if (!abort.signal.aborted) setRun({ phase: 'running', progress });
        },
      });
      const entries = foundEntries(result);
      const placed = placedBy(entries);
      setRun({ phase: 'applying', result });
      let applyError: string | undefined;
      try {
        // Answers that came before a cancel are applied too: they are the user's to keep.
        if (entries.length > 0) await apply(entries);
      } catch (error) {
        applyError = error instanceof Error ? error.message : String(error);
      }
      controller.current = null;
      setRun({ phase: 'done', result, placed, ...(applyError ? { applyError } : {}) });
    },
    [apply, placedBy],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    controller.current?.abort();
    setRun({ phase: 'idle' });
  }, []);

  return { run, start, cancel, reset };
}
