/**
 * Whether the user has turned the register lookup on in this page session. Deliberately kept in
 * memory only: a reload, a new tab or a restart starts with it off, so the user confirms again
 * what leaves the browser each session. A tiny external store, so the panel can unmount and
 * mount again (a data reload) without losing the answer.
 */
import { useSyncExternalStore } from 'react';

let on = false;
const listeners = new Set<() => void>();

export function setRegisterConsent(value: boolean): void {
  if (on === value) return;
  on = value;
  for (const listener of listeners) listener();
}

export function registerConsent(): boolean {
  return on;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRegisterConsent(): boolean {
  return useSyncExternalStore(subscribe, registerConsent, registerConsent);
}
