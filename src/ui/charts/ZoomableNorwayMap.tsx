/**
 * NorwayMap with zoom and pan, as the graph maps have: the wheel and a pinch zoom about the
 * pointer, a drag pans (and is no click on the county under it), + / − / 0 and the arrow keys
 * work on a focused county or line, and the buttons zoom, fit and reset. The zoom and pan are
 * page state in the relative form (map-viewport.ts): `viewport` is shown, and what the user makes
 * of it goes out through `onViewportChange` a moment after the last change (undefined: the fit).
 */
import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { isFitViewport, sameViewport, type RelativeViewport } from '../../domain/graph/viewport';
import { useT } from '../i18n/I18nProvider';
import {
  clientToFrame,
  IDENTITY,
  MAP_ZOOM,
  PAN_STEP,
  panBy,
  pixelsPerUnit,
  transformOf,
  viewportOf,
  ZOOM_STEP,
  zoomAround,
  type MapTransform,
} from './map-viewport';
import { NorwayMap, type NorwayMapProps } from './NorwayMap';
import './charts.css';

interface Props extends NorwayMapProps {
  readonly viewport: RelativeViewport | undefined;
  readonly onViewportChange: (viewport: RelativeViewport | undefined) => void;
}

/** How long the view rests before it is reported (a wheel gives dozens of changes). */
const SETTLE_MS = 150;
/** A press that moves less than this (screen pixels) is a click, not a drag. */
const DRAG_PX = 4;

const same = (a: RelativeViewport | undefined, b: RelativeViewport | undefined) =>
  a === undefined
    ? b === undefined || isFitViewport(b)
    : b === undefined
      ? isFitViewport(a)
      : sameViewport(a, b);

interface Gesture {
  /** The pointers down on the map, where they were last. */
  readonly pointers: Map<number, { x: number; y: number }>;
  start: { x: number; y: number } | null;
  dragged: boolean;
  /** The click that ends a drag is swallowed. */
  swallowClick: boolean;
}

export function ZoomableNorwayMap({ viewport, onViewportChange, ...map }: Props) {
  const t = useT();
  const { frame } = map;
  const [shown, setShown] = useState<MapTransform>(() => transformOf(viewport, frame));
  const holder = useRef<HTMLDivElement>(null);
  const latest = useRef({ onViewportChange, reported: viewport, shown });
  useEffect(() => {
    latest.current.onViewportChange = onViewportChange;
    latest.current.shown = shown;
  });
  const gesture = useRef<Gesture>({
    pointers: new Map(),
    start: null,
    dragged: false,
    swallowClick: false,
  });

  // A new viewport from outside (a saved view opened, a link followed); what this map reported
  // itself is shown already (or was moved on from since).
  const zoom = viewport?.zoom;
  const x = viewport?.x;
  const y = viewport?.y;
  useEffect(() => {
    const want = zoom === undefined ? undefined : { zoom, x: x ?? 0.5, y: y ?? 0.5 };
    if (same(want, latest.current.reported)) return;
    latest.current.reported = want;
    setShown(transformOf(want, frame));
  }, [zoom, x, y, frame]);

  // What the user made of it, once it rests.
  useEffect(() => {
    const now = viewportOf(shown, frame);
    const kept = latest.current;
    if (same(now, kept.reported)) return;
    const timer = setTimeout(() => {
      kept.reported = now;
      kept.onViewportChange(now);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [shown, frame]);

  const box = () => holder.current?.querySelector('svg')?.getBoundingClientRect() ?? null;

  // The wheel, natively: React's wheel listener is passive and cannot keep the page still.
  useEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent) => {
      const rect = element.querySelector('svg')?.getBoundingClientRect();
      if (!rect || event.deltaY === 0) return;
      const out = event.deltaY > 0;
      // At the whole map, zooming out scrolls the page as usual.
      if (out && latest.current.shown.k <= MAP_ZOOM.min) return;
      event.preventDefault();
      const lines = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 800 : 1;
      const factor = Math.exp(-event.deltaY * lines * 0.002);
      const at = clientToFrame(rect, frame, event.clientX, event.clientY);
      setShown((before) => zoomAround(before, frame, factor, at));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [frame]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    // A new press: a drag that ended without a click (a touch) has nothing left to swallow.
    if (g.pointers.size === 0) g.swallowClick = false;
    if (!(event.target instanceof SVGElement)) return;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    g.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (g.pointers.size === 1) {
      g.start = { x: event.clientX, y: event.clientY };
      g.dragged = false;
    }
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    const before = g.pointers.get(event.pointerId);
    const rect = box();
    if (!before || !rect) return;
    const now = { x: event.clientX, y: event.clientY };
    if (!g.dragged) {
      const from = g.start ?? before;
      if (g.pointers.size < 2 && Math.hypot(now.x - from.x, now.y - from.y) < DRAG_PX) return;
      g.dragged = true;
      // Captured only now: a press that stays put is an ordinary click on its county. (A pointer
      // the browser no longer knows cannot be captured; the drag goes on without.)
      try {
        event.currentTarget.setPointerCapture(event.pointerId);
      } catch {
        // Not captured: moves outside the map are missed, nothing else.
      }
    }
    const scale = pixelsPerUnit(rect, frame);
    if (g.pointers.size === 1) {
      g.pointers.set(event.pointerId, now);
      setShown((t0) => panBy(t0, frame, (now.x - before.x) / scale, (now.y - before.y) / scale));
      return;
    }
    // A pinch: the two pointers' spread zooms, their midpoint pans.
    const other = [...g.pointers].find(([id]) => id !== event.pointerId)?.[1];
    g.pointers.set(event.pointerId, now);
    if (!other) return;
    const spread = (a: typeof now) => Math.hypot(a.x - other.x, a.y - other.y);
    const factor = spread(before) > 0 ? spread(now) / spread(before) : 1;
    const mid = clientToFrame(rect, frame, (now.x + other.x) / 2, (now.y + other.y) / 2);
    const dx = (now.x - before.x) / 2 / scale;
    const dy = (now.y - before.y) / 2 / scale;
    setShown((t0) => panBy(zoomAround(t0, frame, factor, mid), frame, dx, dy));
  };

  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g.pointers.delete(event.pointerId)) return;
    if (g.pointers.size === 0 && g.dragged) g.swallowClick = true;
    if (g.pointers.size === 0) g.start = null;
  };

  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g.swallowClick) return;
    g.swallowClick = false;
    // Only a click on the map itself ends a drag (the buttons' clicks are their own).
    if (!(event.target instanceof SVGElement)) return;
    event.stopPropagation();
    event.preventDefault();
  };

  // A county or line reached with Tab while zoomed out of sight is brought to the middle.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const target = event.target;
    if (!(target instanceof SVGGraphicsElement) || shown.k <= MAP_ZOOM.min) return;
    const b = target.getBBox();
    const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
    const [sx, sy] = [cx * shown.k + shown.x, cy * shown.k + shown.y];
    if (sx >= 0 && sx <= frame.width && sy >= 0 && sy <= frame.height) return;
    const centred = { zoom: shown.k, x: cx / frame.width, y: cy / frame.height };
    setShown(transformOf(centred, frame));
  };

  const zoomBy = (factor: number) => setShown((t0) => zoomAround(t0, frame, factor));
  const fit = () => setShown(IDENTITY);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof SVGElement) || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const step = PAN_STEP * Math.min(frame.width, frame.height);
    const act: Record<string, () => void> = {
      '+': () => zoomBy(ZOOM_STEP),
      '=': () => zoomBy(ZOOM_STEP),
      '-': () => zoomBy(1 / ZOOM_STEP),
      '−': () => zoomBy(1 / ZOOM_STEP),
      '0': fit,
      ArrowLeft: () => setShown((t0) => panBy(t0, frame, step, 0)),
      ArrowRight: () => setShown((t0) => panBy(t0, frame, -step, 0)),
      ArrowUp: () => setShown((t0) => panBy(t0, frame, 0, step)),
      ArrowDown: () => setShown((t0) => panBy(t0, frame, 0, -step)),
    };
    const run = act[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };

  return (
    <div
      ref={holder}
      className={`norway-map-zoom ${map.className ?? ''}`.trim()}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onClickCapture={onClickCapture}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div className="norway-map-tools">
        <button
          type="button"
          className="secondary small"
          aria-label={t('countyMap.zoomIn')}
          title={t('countyMap.zoomIn')}
          disabled={shown.k >= MAP_ZOOM.max}
          onClick={() => zoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button
          type="button"
          className="secondary small"
          aria-label={t('countyMap.zoomOut')}
          title={t('countyMap.zoomOut')}
          disabled={shown.k <= MAP_ZOOM.min}
          onClick={() => zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <button type="button" className="secondary small" onClick={fit}>
          {t('graph.fit')}
        </button>
        <button type="button" className="secondary small" onClick={fit}>
          {t('countyMap.resetView')}
        </button>
      </div>
      <NorwayMap {...map} className={undefined} transform={shown} />
    </div>
  );
}
