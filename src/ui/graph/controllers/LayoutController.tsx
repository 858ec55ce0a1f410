/**
 * Lays the canvas out when the layout key changes (by default the node set) or on reset, never on
 * new widths, labels or thresholds, so the picture stays put while the user explores. Must come
 * after ElementsController and waits until it has added every element (`ready`). A hidden canvas
 * has no size, and layouts place by it, so the layout waits until the canvas is shown. New nodes
 * arrive on a seeded scatter (placement.ts), so large graphs show at once while ForceAtlas2 runs
 * in a worker; small ones get a synchronous layout. Renders nothing.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from '../cy-context';
import { runForceInWorker } from '../force-worker';
import type { GraphNode, LayoutChoice } from '../types';
import { fitViewport, markLayout } from '../viewport';

/** Above this many nodes the force layout runs in a worker (cose would block for seconds). */
export const WORKER_LAYOUT_FROM = 300;

interface Props {
  readonly layout: LayoutChoice;
  readonly layoutKey: string;
  readonly nodes: readonly GraphNode[];
  /** Bumped by the canvas's reset button: lay out again (a force layout goes on from here). */
  readonly resetToken: number;
  /** Whether every element of the current view is on the canvas (ElementsController). */
  readonly ready: boolean;
  /** A worker layout's progress, 0..1, while it runs; null once it is over (or none runs). */
  readonly onProgress: (share: number | null) => void;
  readonly onLaidOut?: (layoutKey: string) => void;
}

export function LayoutController(props: Props) {
  const { layout, layoutKey, nodes, resetToken, ready, onProgress, onLaidOut } = props;
  const cy = useCy();
  // Read at run time, not dependencies: a new view object must not re-run the layout.
  const latest = useRef({ layout, nodes, onProgress, onLaidOut });
  useEffect(() => {
    latest.current = { layout, nodes, onProgress, onLaidOut };
  });
  // What was last laid out: becoming ready again after new widths must not lay out again.
  const lastRun = useRef<string | null>(null);
  const lastReset = useRef(resetToken);

  useEffect(() => {
    if (!ready) return;
    const runKey = `${resetToken}\u0001${layoutKey}`;
    if (lastRun.current === runKey) return;
    lastRun.current = runKey;
    const reset = lastReset.current !== resetToken;
    lastReset.current = resetToken;
    let stop = () => {};
    // A stopped run still copies its last positions; its progress must not overwrite the next's.
    let current = true;
    const run = () => {
      const progress = (share: number | null) => {
        if (current) latest.current.onProgress(share);
      };
      stop = runLayout(cy, latest.current.layout, latest.current.nodes, reset, progress);
      latest.current.onLaidOut?.(layoutKey);
    };
    const end = () => {
      current = false;
      stop();
      latest.current.onProgress(null);
    };
    const container = cy.container();
    const shown = (c: HTMLElement) => c.clientWidth > 0 && c.clientHeight > 0;
    if (!container || shown(container)) {
      run();
      return end;
    }
    const observer = new ResizeObserver(() => {
      if (!shown(container)) return;
      observer.disconnect();
      cy.resize();
      run();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      end();
    };
  }, [cy, layoutKey, resetToken, ready]);
  return null;
}

function runLayout(
  cy: Core,
  layout: LayoutChoice,
  nodes: readonly GraphNode[],
  reset: boolean,
  onProgress: (share: number | null) => void,
): () => void {
  if (cy.nodes().empty()) return () => {};
  // The phase lets the viewport wait for the places (a saved zoom is relative to them).
  markLayout(cy, 'running');
  const done = () => {
    if (cy.destroyed()) return;
    fitViewport(cy);
    markLayout(cy, 'done');
  };
  switch (layout.name) {
    case 'custom':
      layout.run(cy, { reset });
      done();
      return () => {};
    case 'circle':
      cy.layout({ name: 'circle', animate: false, fit: false, sort: byLabel }).run();
      done();
      return () => {};
    case 'concentric': {
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const value = (node: NodeSingular) => {
        const n = byId.get(node.id());
        return n ? layout.by(n) : 0;
      };
      cy.layout({
        name: 'concentric',
        animate: false,
        fit: false,
        concentric: value,
        // About eight rings whatever the range of values.
        levelWidth: () => Math.max(1e-9, (maxValue(cy, value) - minValue(cy, value)) / 8),
      }).run();
      done();
      return () => {};
    }
    case 'force': {
      if (cy.nodes().length <= WORKER_LAYOUT_FROM) {
        cy.layout({
          name: 'cose',
          animate: false,
          randomize: false,
          fit: false,
          numIter: 1000,
        }).run();
        done();
        return () => {};
      }
      fitViewport(cy);
      // A second or so per thousand nodes, capped: the picture settles, then it stops.
      const budget = Math.min(15_000, 3_000 + cy.nodes().length);
      onProgress(0);
      const run = runForceInWorker(
        cy,
        budget,
        () => {
          done();
          onProgress(null);
        },
        onProgress,
      );
      return run.stop;
    }
  }
}

const byLabel = (a: NodeSingular, b: NodeSingular) => {
  const x = String(a.data('label'));
  const y = String(b.data('label'));
  return x < y ? -1 : x > y ? 1 : 0;
};

function maxValue(cy: Core, value: (n: NodeSingular) => number): number {
  let max = -Infinity;
  cy.nodes().forEach((n) => {
    max = Math.max(max, value(n));
  });
  return Number.isFinite(max) ? max : 0;
}

function minValue(cy: Core, value: (n: NodeSingular) => number): number {
  let min = Infinity;
  cy.nodes().forEach((n) => {
    min = Math.min(min, value(n));
  });
  return Number.isFinite(min) ? min : 0;
}
