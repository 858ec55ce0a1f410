/**
 * TEST HOOK, not an API: `window.__klyngekart.cy` is the overlap map's cytoscape instance, exposed
 * read-only so browser tests (tests/e2e) can find where a node is drawn and click the canvas
 * there with the mouse, as a person would. App code must never read it.
 */
import type { Core } from 'cytoscape';

export interface KlyngekartTestHook {
  readonly cy: Core;
}

declare global {
  interface Window {
    __klyngekart?: KlyngekartTestHook;
  }
}

export function exposeForTests(cy: Core): () => void {
  const hook: KlyngekartTestHook = Object.freeze({ cy });
  Object.defineProperty(window, '__klyngekart', {
    value: hook,
    configurable: true,
    writable: false,
  });
  return () => {
    if (window.__klyngekart === hook) delete window.__klyngekart;
  };
}
