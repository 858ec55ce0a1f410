/**
 * The overlap map panel: the page model as a graph view (overlap-view.ts) on the graph kit's
 * canvas, which the kit's controllers drive; the shared selection and hover in and out, names
 * from displayName, with the legend and the filter.
 */
import { useCallback, useMemo } from 'react';
import type { SelectionItem } from '../../domain/page/selection-types';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { GraphCanvas } from '../../ui/graph/GraphCanvas';
import { useFormat, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { useIsInferred } from '../shared/inferred';
import { EdgeCapNote } from './EdgeCapNote';
import { MinSharedSlider } from './MinSharedSlider';
import { overlapView } from './overlap-view';
import './overlap.css';

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
      />
      <p className="legend">{t('map.legend')}</p>
      <EdgeCapNote />
    </Panel>
  );
}
