/**
 * The overlap map panel: the page model as a graph view (overlap-view.ts) on the graph kit's
 * canvas, which the kit's controllers drive; the shared selection and hover in and out, names
 * from displayName. The measure, threshold, layout, colour and size (all in the store
 * and the URL) under it, with the legend for what is chosen and the edge-cap note. Cytoscape is
 * fetched only once the first view has been painted: until it is there, a static drawing of the
 * same graph (MapPreview.tsx) stands in the canvas's place.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RelativeViewport } from '../../domain/graph/viewport';
import type { PageClusterId } from '../../domain/page/ids';
import type { SelectionItem } from '../../domain/page/selection-types';
import { useDisplayName } from '../../state/display-name';
import { settingsOf } from '../../state/map-settings';
import { actions, useAppState } from '../../state/store';
import { NODE } from '../../ui/graph/base-stylesheet';
import type { GraphCanvasProps } from '../../ui/graph/GraphCanvas';
import { useFirstViewShown, useHoldLaterViews } from '../../ui/first-view';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { Panel } from '../../ui/Panel';
import { attributeById, MEMBERS_ATTRIBUTE } from '../shared/cluster-attributes';
import { ChartExportButtons } from '../shared/ChartExportButtons';
import { ExportButtons } from '../shared/ExportButtons';
import { useIsInferred } from '../shared/inferred';
import { AppearanceControls } from './AppearanceControls';
import { appearance } from './appearance';
import { EdgeCapNote } from './EdgeCapNote';
import { Legend } from './Legend';
import { MapPreview } from './MapPreview';
import { rememberPositions } from './position-memory';
import { MeasureChooser } from './MeasureChooser';
import { overlapView } from './overlap-view';
import { ThresholdSlider } from './ThresholdSlider';
import { GRAPH_EXPORT_IDS } from './graph-export-ids';
import { NODE_INFERRED } from './stylesheet';
import './overlap.css';

/** However the canvas fares (a slow network, a failed chunk), the other views come after this. */
const HOLD_AT_MOST_MS = 5000;

/**
 * The canvas with cytoscape, its own chunk. Imported by hand rather than through React.lazy: the
 * canvas then mounts in an ordinary update, as when data arrives, its elements and its layout
 * following at once (a Suspense retry would let a frame or a test's probe in between).
 */
type CanvasModule = typeof import('../../ui/graph/GraphCanvas');
let canvasModule: CanvasModule | null = null;

function useCanvasLoaded(load: boolean): boolean {
  const [loaded, setLoaded] = useState(canvasModule !== null);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    if (!load || loaded) return;
    let live = true;
    import('../../ui/graph/GraphCanvas').then(
      (m) => {
        canvasModule = m;
        if (live) setLoaded(true);
      },
      (error: unknown) => {
        if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      live = false;
    };
  }, [load, loaded]);
  // A chunk that cannot be fetched fails the view, as a render error would (ErrorBoundary).
  if (failure) throw failure;
  return loaded;
}

function LoadedGraphCanvas<N, E, S, I>(props: GraphCanvasProps<N, E, S, I>) {
  return canvasModule ? <canvasModule.GraphCanvas {...props} /> : null;
}

export function OverlapMap() {
  const t = useT();
  const formats = useNumberFormats();
  const isInferred = useIsInferred();
  const model = useAppState((s) => s.data?.model);
  const minShared = useAppState((s) => s.minShared);
  const settings = useAppState((s) => settingsOf(s));
  const selection = useAppState((s) => s.selection);
  const hovered = useAppState((s) => s.hover);
  const canvasMayLoad = useFirstViewShown();
  const canvasLoaded = useCanvasLoaded(canvasMayLoad);
  // The other views wait until the canvas has its layout (first-view.ts); at most a few seconds.
  const [laidOut, setLaidOut] = useState(false);
  const cyRef = useRef<Core | null>(null);
  const onLaidOut = useCallback((layoutKey: string) => {
    setLaidOut(true);
    // For the next first paint (MapPreview): where this layout put the nodes.
    const cy = cyRef.current;
    if (cy) {
      rememberPositions(layoutKey, new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])));
    }
  }, []);
  useEffect(() => {
    if (!canvasMayLoad) return;
    const giveUp = setTimeout(() => setLaidOut(true), HOLD_AT_MOST_MS);
    return () => clearTimeout(giveUp);
  }, [canvasMayLoad]);
  const displayName = useDisplayName();
  const inferredLabel = t('cluster.inferred');
  const { measure, minRatio, colourBy, sizeBy, layout, ringsBy } = settings;

  const look = useMemo(
    () => (model ? appearance(model, colourBy, sizeBy) : null),
    [model, colourBy, sizeBy],
  );
  const isExample = useAppState((s) => s.data?.source === 'default');
  const view = useMemo(() => {
    if (!model || !look) return null;
    const rings = attributeById(ringsBy);
    const ringAttr = rings && rings.kind === 'number' ? rings : MEMBERS_ATTRIBUTE;
    return overlapView(model, {
      nameOf: (id) => displayName('cluster', id),
      isInferred,
      inferredLabel,
      formatCount: formats.integer,
      minShared,
      measure,
      minRatio,
      formatValue:
        measure === 'shared'
          ? formats.integer
          : (v) => formats.decimal(v, measure === 'lift' ? 2 : 3),
      appearance: look,
      layout,
      ringsBy: ringAttr.id,
      ringsOf: (id: PageClusterId) => ringAttr.value(model, id) ?? 0,
    });
  }, [
    model,
    look,
    displayName,
    isInferred,
    inferredLabel,
    formats,
    minShared,
    measure,
    minRatio,
    layout,
    ringsBy,
  ]);

  useHoldLaterViews(view !== null && !laidOut);

  const onSelect = useCallback((item: SelectionItem | null) => {
    if (item === null) actions.clearSelection();
    else actions.select(item);
  }, []);

  // The zoom and pan are a view filter: in the URL and in a saved view.
  const viewport = useAppState((s) => s.viewFilters.overlapViewport);
  const onViewportChange = useCallback(
    (overlapViewport: RelativeViewport | undefined) => actions.setViewFilters({ overlapViewport }),
    [],
  );

  const onInstance = useCallback((cy: Core | null) => {
    cyRef.current = cy;
  }, []);
  const chartTarget = useCallback(
    () => (cyRef.current ? { kind: 'cy' as const, cy: cyRef.current } : null),
    [],
  );

  if (!view || !look) return null;
  const preview = <MapPreview view={view} ariaLabel={t('map.ariaLabel')} />;
  return (
    <Panel title={t('map.title')} className="map-panel" actions={<ThresholdSlider />}>
      {canvasLoaded ? (
        <LoadedGraphCanvas
          view={view}
          selected={selection}
          onSelect={onSelect}
          hovered={hovered}
          onHover={actions.setHover}
          ariaLabel={t('map.ariaLabel')}
          name="overlap"
          testId="overlap-map"
          onInstance={onInstance}
          onLaidOut={onLaidOut}
          viewport={viewport}
          onViewportChange={onViewportChange}
        />
      ) : (
        preview
      )}
      {/* Under the canvas, so the map keeps its place and size as the controls wrap. */}
      <div className="map-controls">
        <MeasureChooser />
        <AppearanceControls />
      </div>
      <Legend look={look} measure={measure} />
      <p className="legend">{t('map.legend')}</p>
      <EdgeCapNote />
      <div className="panel-exports">
        <ChartExportButtons
          id="overlap-map"
          target={chartTarget}
          title={t('map.title')}
          legend={[
            { colour: NODE, text: t('metrics.cluster') },
            ...(isExample ? [{ colour: NODE_INFERRED, text: t('cluster.inferredTitle') }] : []),
            { text: t('map.legend') },
          ]}
          what={t('export.map')}
          fileBase={t('export.mapFile')}
        />
        <ExportButtons ids={['overlaps-csv', 'overlaps-xlsx']} label={t('export.tables')} />
      </div>
      <details className="graph-exports">
        <summary>{t('export.graphs.title')}</summary>
        <p className="muted">{t('export.graphs.help')}</p>
        <ExportButtons ids={GRAPH_EXPORT_IDS} label={t('export.graphs.title')} />
      </details>
    </Panel>
  );
}
