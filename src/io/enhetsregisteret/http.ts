/**
 * One polite GET to the register: JSON in, a plain answer out, never an exception. Retries what
 * is worth retrying (network errors, timeouts, 408/429/5xx) after a pause that honours
 * Retry-After, gives up after the last pause, and stops at once when the user cancels.
 */
import type { FailureReason } from './types';

export interface HttpOptions {
  readonly fetch: typeof fetch;
  readonly signal?: AbortSignal | undefined;
  /** Pauses before each retry; their count is the number of retries. */
  readonly retryDelaysMs: readonly number[];
  readonly timeoutMs: number;
  /** Upper bound on a server's Retry-After, so a "come back in an hour" does not hang the UI. */
  readonly maxRetryAfterMs: number;
  /** Called once per request sent, retries included. */
  readonly onRequest?: (() => void) | undefined;
}

export type HttpAnswer =
  | { readonly kind: 'ok'; readonly body: unknown }
  /** An answer the caller interprets (404, 410, 400 ...), with its JSON body when it had one. */
  | { readonly kind: 'status'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'failed'; readonly reason: FailureReason }
  | { readonly kind: 'cancelled' };

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/** Waits, unless cancelled first; true when the wait ran to its end. */
export function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function retryAfterMs(response: Response, cap: number): number | null {
  const value = response.headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, cap);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.min(Math.max(0, date - Date.now()), cap) : null;
}

async function bodyJson(response: Response): Promise<unknown> {
  const raw = await response.text();
  if (raw.trim() === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

type Attempt =
  | HttpAnswer
  | { readonly kind: 'retry'; readonly reason: FailureReason; readonly waitMs: number | null };

async function attempt(url: string, options: HttpOptions): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    options.onRequest?.();
    const response = await options.fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
      // Only the numbers in the URL leave the browser: no cookies, no page address.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (RETRYABLE.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'retry',
        reason: { kind: 'http', status: response.status },
        waitMs: retryAfterMs(response, options.maxRetryAfterMs),
      };
    }
    const body = await bodyJson(response);
    if (response.ok) {
      return body === undefined || body === null
        ? { kind: 'failed', reason: { kind: 'bad-response', message: `${url}: not JSON` } }
        : { kind: 'ok', body };
    }
    return { kind: 'status', status: response.status, body: body ?? null };
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'cancelled' };
    if (timedOut)
      return {
        kind: 'retry',
        reason: { kind: 'timeout', seconds: Math.ceil(options.timeoutMs / 1000) },
        waitMs: null,
      };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'retry', reason: { kind: 'network', message }, waitMs: null };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

export async function getJson(url: string, options: HttpOptions): Promise<HttpAnswer> {
  for (let i = 0; ; i++) {
    if (options.signal?.aborted) return { kind: 'cancelled' };
    const result = await attempt(url, options);
    if (result.kind !== 'retry') return result;
    if (i >= options.retryDelaysMs.length) return { kind: 'failed', reason: result.reason };
    const wait = Math.max(options.retryDelaysMs[i]!, result.waitMs ?? 0);
    if (!(await pause(wait, options.signal))) return { kind: 'cancelled' };
  }
}
