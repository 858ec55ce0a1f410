/**
 * Asks the worker one of the county views' questions about the data on screen, again whenever
 * the data or the question (`key`) changes; an answer to an older question is dropped. The
 * answer arrives by postMessage, so the page never computes a matrix itself.
 */
import { useEffect, useState } from 'react';
import type { PipelineClient } from '../worker/client';
import { countyQueries, useAppState } from './store';

export interface QueryResult<T> {
  readonly value: T | null;
  readonly error: string | null;
  readonly busy: boolean;
}

export function useCountyQuery<T>(
  key: string,
  askNow: (county: PipelineClient['county']) => Promise<T>,
): QueryResult<T> {
  // `ask` is a new function each render; the key says what it asks, so the first one is kept
  // per key (a ref would do the same, but the hook rules want no ref read in render).
  const [ask] = useAskFor(key, askNow);
  const data = useAppState((s) => (s.status === 'ready' ? s.data : null));
  const [result, setResult] = useState<{
    for: unknown;
    key: string;
    value: T | null;
    error: string | null;
  }>({
    for: null,
    key: '',
    value: null,
    error: null,
  });
  useEffect(() => {
    if (!data) return;
    let live = true;
    ask(countyQueries()).then(
      (value) => live && setResult({ for: data, key, value, error: null }),
      (error: unknown) =>
        live &&
        setResult({
          for: data,
          key,
          value: null,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [data, key, ask]);
  const current = result.for === data && result.key === key;
  return {
    value: result.value,
    error: current ? result.error : null,
    busy: !current,
  };
}

/** The function given for the current key; a new one only when the key changes. */
function useAskFor<F>(key: string, fn: F): [F] {
  const [held, setHeld] = useState({ key, fn });
  if (held.key !== key) {
    setHeld({ key, fn });
    return [fn];
  }
  return [held.fn];
}
