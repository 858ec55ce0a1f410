/**
 * The Content-Security-Policy's part in the online lookup. By default the page may connect to its
 * own origin only (`connect-src 'self'`, written by the first script in index.html). A meta CSP
 * cannot be relaxed after load, so turning the lookup on sets a flag for this tab and reloads: the
 * page comes back (the workspace from IndexedDB, the tab and selection from the address) with
 * data.brreg.no allowed, and the lookup on. Turning it off clears the flag; the next load is
 * strict again. The flag is per tab (sessionStorage): a new tab or a restart starts with it off.
 */
const FLAG = 'klyngekart.online';
const REGISTER_ORIGIN = 'https://data.brreg.no';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Whether the user turned the lookup on in this tab (before the last reload, or since). */
export function onlineFlag(): boolean {
  return storage()?.getItem(FLAG) === '1';
}

/** Whether the page's policy, as loaded, lets it reach the register. */
export function policyAllowsRegister(): boolean {
  if (typeof document === 'undefined') return true; // Node (tests, CLI): no policy to obey.
  const metas = document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
  return [...metas].every((m) => (m.getAttribute('content') ?? '').includes(REGISTER_ORIGIN));
}

/**
 * Turns the online feature on: true when the policy already allows it (go ahead now); false when
 * the page reloads to take the relaxed policy (nothing else to do).
 */
export function goOnline(): boolean {
  storage()?.setItem(FLAG, '1');
  if (policyAllowsRegister()) return true;
  location.reload();
  return false;
}

export function goOffline(): void {
  storage()?.removeItem(FLAG);
}
