/**
 * Whether the user has turned the register lookup on in this tab. Turning it on relaxes the
 * page's Content-Security-Policy, which takes a reload (online-csp.ts): the answer is kept for the
 * tab (sessionStorage), so the reload comes back with it on; a new tab or a restart starts with it
 * off, so the user confirms again what leaves the browser each session. A tiny external store, so the panel can unmount and
 * mount again (a data reload) without losing the answer.
 */
import { useSyncExternalStore } from 'react';
import { goOffline, goOnline, onlineFlag, policyAllowsRegister } from './online-csp';

let on = onlineFlag() && policyAllowsRegister();
const listeners = new Set<() => void>();

export function setRegisterConsent(value: boolean): void {
  if (on === value) return;
  if (value && !goOnline()) return; // The page reloads with the register allowed.
  if (!value) goOffline();
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
