/**
 * The overlap map panel: the analysis as a graph view (overlap-view.ts) on the graph kit's canvas,
 * which the kit's controllers drive; the store's selection in and out, hover kept here (nothing
 * else on the page reads it yet), with the legend and the filter.
 */
import { useCallback, useMemo, useState } from 'react';
import { actions, useAppState } from '../../state/store';
import { GraphCanvas } from '../../ui/graph/GraphCanvas';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { useIsInferred } from '../default-data/inferred';
import { MinSharedSlider } from './MinSharedSlider';
import { type OverlapItem, overlapView } from './overlap-view';

const EMPTY = {
  clusters: [],
  overlaps: [],
} as const;

export function OverlapMap() {
  const t = useT();
  const isInferred = useIsInferred();
  const analysis = useAppState((s) => s.data?.analysis);
  const minShared = useAppState((s) => s.minShared);
  const selection = useAppState((s) => s.selection);
  const [hovered, setHovered] = useState<OverlapItem | null>(null);
  const inferredLabel = t('cluster.inferred');

  const view = useMemo(
    () =>
      overlapView(analysis ?? (EMPTY as unknown as NonNullable<typeof analysis>), {
        isInferred,
        inferredLabel,
        formatCount: formatInteger,
        minShared,
      }),
    [analysis, isInferred, inferredLabel, minShared],
  );

  const onSelect = useCallback((item: OverlapItem | null) => {
    if (item === null) actions.clearSelection();
    else if (item.kind === 'cluster') actions.selectCluster(item.name);
    else actions.selectOverlap(item.a, item.b);
  }, []);

  return (
    <Panel title={t('map.title')} className="map-panel" actions={<MinSharedSlider />}>
      <GraphCanvas
        view={view}
        selected={selection}
        onSelect={onSelect}
        hovered={hovered}
        onHover={setHovered}
        ariaLabel={t('map.ariaLabel')}
        name="overlap"
        testId="overlap-map"
      />
      <p className="legend">{t('map.legend')}</p>
    </Panel>
  );
}
