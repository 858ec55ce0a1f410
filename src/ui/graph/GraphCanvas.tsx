/**
 * A graph on a cytoscape canvas, driven by the kit's controller components (elements, style,
 * layout, selection, hover, keyboard), for any `GraphView`. The page owns selection and hover:
 * they come in as `selected` / `hovered` and go out through `onSelect` / `onHover`. The canvas is
 * focusable and keyboard-driven (KeyboardController), announces the focused node in a live
 * region, and shows a text-only tooltip for what is under the pointer before any click.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { ElementsController } from './controllers/ElementsController';
import { HoverController, type TipState } from './controllers/HoverController';
import { KeyboardController } from './controllers/KeyboardController';
import { LayoutController } from './controllers/LayoutController';
import { SelectionController } from './controllers/SelectionController';
import { StyleController } from './controllers/StyleController';
import { CyContext } from './cy-context';
import './graph.css';
import type { Picked } from './pick';
import { exposeForTests } from './test-hook';
import { Tooltip } from './Tooltip';
import type { ElementIds, GraphEdge, GraphNode, GraphTarget, GraphView } from './types';

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
  /** Called after each layout has placed the nodes (a worker layout: once it has started). */
  readonly onLaidOut?: (layoutKey: string) => void;
}

const NOTHING: ElementIds = { nodes: new Set(), edges: new Set() };
const PADDING = 24;

export function GraphCanvas<N, E, S, I>(props: GraphCanvasProps<N, E, S, I>) {
  const { view, selected, onSelect, hovered, onHover, ariaLabel, name, testId, onInstance } = props;
  const { onLaidOut } = props;
  const t = useT();
  const [cy, setCy] = useState<Core | null>(null);
  const [tip, setTip] = useState<TipState | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [resetToken, setResetToken] = useState(0);
  const [syncedNodes, setSyncedNodes] = useState<readonly GraphNode[] | null>(null);
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
      const resize = new ResizeObserver(() => {
        instance.resize();
        instance.fit(undefined, PADDING);
      });
      resize.observe(container);
      if (container.clientWidth === 0 || container.clientHeight === 0) {
        unexpose.current = exposeForTests(name, instance);
      }
      setCy(instance);
      return () => {
        unexpose.current?.();
        unexpose.current = null;
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
  const lit = useMemo(() => view.selectionToElements(selected), [view, selected]);
  const related = useMemo(
    () => (hovered !== null && view.itemToElements ? view.itemToElements(hovered) : NOTHING),
    [view, hovered],
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
  const fit = useCallback(() => cy?.fit(undefined, PADDING), [cy]);

  return (
    <div className="graph-canvas-wrap">
      <div className="graph-canvas-tools">
        <button type="button" className="secondary small" onClick={fit}>
          {t('graph.fit')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => setResetToken((n) => n + 1)}
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
      />
      {tip && tipTarget ? <Tooltip x={tip.x} y={tip.y} lines={tipLines(tipTarget)} /> : null}
      <p
        className="visually-hidden"
        aria-live="polite"
        data-testid={testId ? `${testId}-focus` : undefined}
      >
        {announcement}
      </p>
      {cy ? (
        <CyContext.Provider value={cy}>
          {/* Order matters: elements first, then what styles, lays out and marks them. */}
          <ElementsController
            nodes={view.nodes}
            edges={view.edges}
            scale={view.scale}
            onSynced={setSyncedNodes}
          />
          <StyleController build={view.stylesheet} />
          <LayoutController
            layout={view.layout}
            layoutKey={layoutKey}
            nodes={view.nodes}
            resetToken={resetToken}
            ready={syncedNodes === view.nodes}
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
