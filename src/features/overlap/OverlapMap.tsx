/**
 * The overlap map panel: the page model as a graph view (overlap-view.ts) on the graph kit's
 * canvas, which the kit's controllers drive; the shared selection and hover in and out, names
 * from displayName, with the legend and the filter.
 */
import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef } from 'react';
import type { SelectionItem } from '../../domain/page/selection-types';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { NODE } from '../../ui/graph/base-stylesheet';
import { GraphCanvas } from '../../ui/graph/GraphCanvas';
import { useFormat, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ChartExportButtons } from '../shared/ChartExportButtons';
import { ExportButtons } from '../shared/ExportButtons';
import { useIsInferred } from '../shared/inferred';
import { EdgeCapNote } from './EdgeCapNote';
import { MinSharedSlider } from './MinSharedSlider';
import { overlapView } from './overlap-view';
import { NODE_INFERRED } from './stylesheet';
import './overlap.css';

const GRAPH_EXPORT_IDS = [
  'overlap-gexf',
  'overlap-graphml',
  'overlap-cyjs',
  'membership-gexf',
  'membership-graphml',
  'membership-cyjs',
] as const;

export function OverlapMap() {
  const t = useT();
  const format = useFormat();
  const isInferred = useIsInferred();
  const model = useAppState((s) => s.data?.model);
  const minShared = useAppState((s) => s.minShared);
  const selection = useAppState((s) => s.selection);
  const hovered = useAppState((s) => s.hover);
  const displayName = useDisplayName();
  const inferredLabel = t('cluster.inferred');
  const isExample = useAppState((s) => s.data?.source === 'default');

  const view = useMemo(
    () =>
      model
        ? overlapView(model, {
            nameOf: (id) => displayName('cluster', id),
            isInferred,
            inferredLabel,
            formatCount: format.integer,
            minShared,
          })
        : null,
    [model, displayName, isInferred, inferredLabel, minShared, format],
  );

  const onSelect = useCallback((item: SelectionItem | null) => {
    if (item === null) actions.clearSelection();
    else actions.select(item);
  }, []);

  const cyRef = useRef<Core | null>(null);
  const onInstance = useCallback((cy: Core | null) => {
    cyRef.current = cy;
  }, []);
  const chartTarget = useCallback(
    () => (cyRef.current ? { kind: 'cy' as const, cy: cyRef.current } : null),
    [],
  );

  if (!view) return null;
  return (
    <Panel title={t('map.title')} className="map-panel" actions={<MinSharedSlider />}>
      <GraphCanvas
        view={view}
        selected={selection}
        onSelect={onSelect}
        hovered={hovered}
        onHover={actions.setHover}
        ariaLabel={t('map.ariaLabel')}
        name="overlap"
        testId="overlap-map"
        onInstance={onInstance}
      />
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
