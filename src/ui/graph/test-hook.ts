/**
 * TEST HOOK, not an API: in test builds (`vite build --mode e2e`, see playwright.config.ts) and in
 * dev, `window.__klyngekart.graphs.get(name)` is a graph canvas's cytoscape instance and
 * `window.__klyngekart.cy` the overlap map's, read-only, so browser tests can find where a node is
 * drawn and click there as a person would. Production builds (mode 'production') expose nothing:
 * the branch is a compile-time constant, so the hook is dropped from the bundle.
 */
import type { Core } from 'cytoscape';

export interface KlyngekartTestHook {
  /** The overlap map's instance (the canvas named 'overlap'); throws when none is mounted. */
  readonly cy: Core;
  readonly graphs: ReadonlyMap<string, Core>;
}

declare global {
  interface Window {
    __klyngekart?: KlyngekartTestHook;
  }
}

const graphs = new Map<string, Core>();

function publish(): void {
  const hook: KlyngekartTestHook = Object.freeze({
    get cy(): Core {
      const cy = graphs.get('overlap');
      if (!cy) throw new Error('test hook: no overlap map is mounted');
      return cy;
    },
    graphs,
  });
  Object.defineProperty(window, '__klyngekart', {
    value: hook,
    configurable: true,
    writable: false,
  });
}

export function exposeForTests(name: string, cy: Core): () => void {
  if (import.meta.env.MODE === 'production') return () => {};
  graphs.set(name, cy);
  publish();
  return () => {
    if (graphs.get(name) !== cy) return;
    graphs.delete(name);
    if (graphs.size === 0) delete window.__klyngekart;
    else publish();
  };
}
