/**
 * A graph on a cytoscape canvas, driven by the kit's controller components (elements, style,
 * layout, selection, hover, keyboard), for any `GraphView`. The page owns selection and hover:
 * they come in as `selected` / `hovered` and go out through `onSelect` / `onHover`. The canvas is
 * focusable and keyboard-driven (KeyboardController), announces the focused node in a live
 * region, and shows a text-only tooltip for what is under the pointer before any click.
 * While the canvas is hidden (a tab not shown) it holds the view, selection and hover it last
 * showed: nothing is added, restyled or laid out until it is shown again, so a hidden graph of
 * 27 000 elements costs the open view nothing. A worker layout's progress is shown over the canvas
 * and in its `data-layout` attribute ('running' or 'done').
 */
import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RelativeViewport } from '../../domain/graph/viewport';
import { tuneForSize } from './big-graph';
import { useT } from '../i18n/I18nProvider';
import { ElementsController } from './controllers/ElementsController';
import { HoverController, type TipState } from './controllers/HoverController';
import { KeyboardController } from './controllers/KeyboardController';
import { LayoutController } from './controllers/LayoutController';
import { SelectionController } from './controllers/SelectionController';
import { StyleController } from './controllers/StyleController';
import { ViewportController } from './controllers/ViewportController';
import { CyContext } from './cy-context';
import './graph.css';
import type { Picked } from './pick';
import { exposeForTests } from './test-hook';
import { Tooltip } from './Tooltip';
import type { ElementIds, GraphEdge, GraphNode, GraphTarget, GraphView } from './types';
import { fitViewport, restoreAfterResize } from './viewport';

export interface GraphCanvasProps<N, E, S, I> {
  readonly view: GraphView<N, E, S, I>;
  readonly selected: S;
  readonly onSelect: (item: I | null) => void;
  readonly hovered: I | null;
  readonly onHover: (item: I | null) => void;
  /** What the graph shows, for screen readers (the keyboard help is added to it). */
  readonly ariaLabel: string;
  /** Names the instance for the test hook (test builds only). */
  readonly name: string;
  readonly testId?: string;
  /** Gets the cytoscape instance while it lives (null after), e.g. for image exports. */
  readonly onInstance?: (cy: Core | null) => void;
  /** The zoom and pan to show, relative to the graph (viewport.ts); undefined: the fit. */
  readonly viewport?: RelativeViewport;
  /** The zoom and pan the user made (undefined: back to the fit), a moment after the last change. */
  readonly onViewportChange?: (viewport: RelativeViewport | undefined) => void;
  /** Called after each layout has placed the nodes (a worker layout: once it has started). */
  readonly onLaidOut?: (layoutKey: string) => void;
}

const NOTHING: ElementIds = { nodes: new Set(), edges: new Set() };

export function GraphCanvas<N, E, S, I>(props: GraphCanvasProps<N, E, S, I>) {
  const { selected, onSelect, hovered, onHover, ariaLabel, name, testId, onInstance } = props;
  const { viewport, onViewportChange, onLaidOut } = props;
  const t = useT();
  const [cy, setCy] = useState<Core | null>(null);
  const [tip, setTip] = useState<TipState | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [resetToken, setResetToken] = useState(0);
  const [syncedNodes, setSyncedNodes] = useState<readonly GraphNode[] | null>(null);
  const [shown, setShown] = useState(false);
  const [layoutShare, setLayoutShare] = useState<number | null>(null);
  // What the canvas draws: the props while it is shown, what it last showed while hidden.
  const [drawn, setDrawn] = useState<{ view: typeof props.view; selected: S; hovered: I | null }>();
  if (
    shown &&
    (drawn?.view !== props.view || drawn.selected !== selected || drawn.hovered !== hovered)
  )
    setDrawn({ view: props.view, selected, hovered });
  // Tests see the instance once it has been laid out, never with its nodes still unplaced; a
  // hidden canvas (laid out only when shown) at once, as its panel's content.
  const unexpose = useRef<(() => void) | null>(null);

  // A ref callback with cleanup (React 19): the instance lives exactly as long as its container.
  const attach = useCallback(
    (container: HTMLDivElement | null) => {
      if (!container) return;
      const instance = cytoscape({
        container,
        autounselectify: true,
        boxSelectionEnabled: false,
        minZoom: 0.02,
        maxZoom: 6,
      });
      const visible = () => container.clientWidth > 0 && container.clientHeight > 0;
      // A new size (full screen, a tab shown) keeps the part of the graph shown (fit by default).
      const resize = new ResizeObserver(() => {
        setShown(visible());
        if (!visible()) return;
        instance.resize();
        restoreAfterResize(instance);
      });
      resize.observe(container);
      setShown(visible());
      // cytoscape caches where its container is on the page, and only scrolls and resizes clear
      // that cache; a notice appearing above the canvas would make clicks land off target.
      const renderer = (instance as unknown as { renderer?: () => CoordsCache }).renderer?.();
      const moved = () => renderer?.invalidateContainerClientCoordsCache?.();
      container.addEventListener('pointerdown', moved, true);
      container.addEventListener('pointerover', moved, true);
      if (!visible()) unexpose.current = exposeForTests(name, instance);
      setCy(instance);
      return () => {
        unexpose.current?.();
        unexpose.current = null;
        container.removeEventListener('pointerdown', moved, true);
        container.removeEventListener('pointerover', moved, true);
        resize.disconnect();
        instance.destroy();
        setCy(null);
      };
    },
    [name],
  );
  const laidOut = useCallback(
    (layoutKey: string) => {
      if (cy && !unexpose.current) unexpose.current = exposeForTests(name, cy);
      onLaidOut?.(layoutKey);
    },
    [cy, name, onLaidOut],
  );

  useEffect(() => {
    if (!onInstance || !cy) return;
    onInstance(cy);
    return () => onInstance(null);
  }, [cy, onInstance]);

  useEffect(() => {
    if (cy && syncedNodes) tuneForSize(cy);
  }, [cy, syncedNodes]);

  const view = drawn?.view ?? props.view;
  const index = useMemo(() => indexOf(view.nodes, view.edges), [view.nodes, view.edges]);
  const format = view.formatNumber ?? String;
  const targetOf = useCallback(
    (picked: NonNullable<Picked>): GraphTarget<N, E> | null => {
      if (picked.group === 'nodes') {
        const node = index.nodes.get(picked.id);
        return node ? { group: 'nodes', node } : null;
      }
      const edge = index.edges.get(picked.id);
      return edge ? { group: 'edges', edge } : null;
    },
    [index],
  );
  const itemOf = useCallback(
    (picked: Picked): I | null => {
      const target = picked ? targetOf(picked) : null;
      return target ? view.elementToItem(target) : null;
    },
    [targetOf, view],
  );
  const drawnSelection = drawn ? drawn.selected : selected;
  const drawnHover = drawn ? drawn.hovered : null;
  const lit = useMemo(() => view.selectionToElements(drawnSelection), [view, drawnSelection]);
  const related = useMemo(
    () => (drawnHover !== null && view.itemToElements ? view.itemToElements(drawnHover) : NOTHING),
    [view, drawnHover],
  );
  const layoutKey = useMemo(
    () => view.layoutKey ?? view.nodes.map((n) => n.id).join('\u0000'),
    [view.layoutKey, view.nodes],
  );
  const labelOf = useCallback((id: string) => index.nodes.get(id)?.label ?? id, [index]);
  const tipLines = (target: GraphTarget<N, E>): string[] =>
    view.tooltip
      ? view.tooltip(target, labelOf)
      : target.group === 'nodes'
        ? [target.node.label, format(target.node.size)]
        : [
            t('graph.edgeTip', { a: labelOf(target.edge.source), b: labelOf(target.edge.target) }),
            format(target.edge.width),
          ];
  const tipTarget = tip ? targetOf(tip.picked) : null;

  const onTip = useCallback(
    (next: TipState | null) => {
      setTip((before) => {
        if (before?.picked.id !== next?.picked.id) onHover(itemOf(next?.picked ?? null));
        return next;
      });
    },
    [itemOf, onHover],
  );
  const fit = useCallback(() => cy && fitViewport(cy), [cy]);

  return (
    <div className="graph-canvas-wrap">
      <div className="graph-canvas-tools">
        <button type="button" className="secondary small" onClick={fit}>
          {t('graph.fit')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            setResetToken((n) => n + 1);
            onViewportChange?.(undefined);
          }}
        >
          {t('graph.reset')}
        </button>
      </div>
      <div
        ref={attach}
        className="map-canvas graph-canvas"
        tabIndex={0}
        role="application"
        aria-label={`${ariaLabel} ${t('graph.keys')}`}
        aria-roledescription="graph"
        data-testid={testId}
        data-layout={layoutShare === null ? 'done' : 'running'}
      />
      {layoutShare !== null ? (
        <p className="graph-progress" role="status">
          {t('graph.layingOut', { pct: Math.round(100 * layoutShare) })}
        </p>
      ) : null}
      {tip && tipTarget ? <Tooltip x={tip.x} y={tip.y} lines={tipLines(tipTarget)} /> : null}
      <p
        className="visually-hidden"
        aria-live="polite"
        data-testid={testId ? `${testId}-focus` : undefined}
      >
        {announcement}
      </p>
      {cy && drawn ? (
        <CyContext.Provider value={cy}>
          {/* Order matters: elements first, then what styles, lays out and marks them. */}
          <ElementsController
            nodes={view.nodes}
            edges={view.edges}
            scale={view.scale}
            onSynced={setSyncedNodes}
          />
          <StyleController build={view.stylesheet} />
          <ViewportController wanted={viewport} onChange={onViewportChange} />
          <LayoutController
            layout={view.layout}
            layoutKey={layoutKey}
            nodes={view.nodes}
            resetToken={resetToken}
            ready={syncedNodes === view.nodes}
            onProgress={setLayoutShare}
            onLaidOut={laidOut}
          />
          <SelectionController
            lit={lit}
            elementsVersion={index}
            onPick={(picked) => onSelect(itemOf(picked))}
          />
          <HoverController related={related} elementsVersion={index} onTip={onTip} />
          <KeyboardController
            onActivate={(id) => onSelect(itemOf({ group: 'nodes', id }))}
            onClear={() => onSelect(null)}
            onFit={fit}
            onAnnounce={(id) => {
              const node = index.nodes.get(id);
              if (node)
                setAnnouncement(t('graph.focused', { label: node.label, size: format(node.size) }));
            }}
          />
        </CyContext.Provider>
      ) : null}
    </div>
  );
}

/** The part of cytoscape's renderer used above (not in its typings). */
interface CoordsCache {
  readonly invalidateContainerClientCoordsCache?: () => void;
}

interface Index<N, E> {
  readonly nodes: ReadonlyMap<string, GraphNode<N>>;
  readonly edges: ReadonlyMap<string, GraphEdge<E>>;
}

function indexOf<N, E>(
  nodes: readonly GraphNode<N>[],
  edges: readonly GraphEdge<E>[],
): Index<N, E> {
  return {
    nodes: new Map(nodes.map((n) => [n.id, n])),
    edges: new Map(edges.map((e) => [e.id, e])),
  };
}
