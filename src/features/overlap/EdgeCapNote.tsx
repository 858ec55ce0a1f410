/**
 * Says so when the map leaves links out (see drawnOverlaps in elements.ts): how many it draws and
 * how many weaker ones it hides, so a sparse-looking map of a wide file is not read as the truth.
 */
import { useMemo } from 'react';
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { overlapCounts } from './elements';

export function EdgeCapNote() {
  const t = useT();
  const overlaps = useAppState((s) => s.data?.analysis.overlaps);
  const { drawn, hidden } = useMemo(() => overlapCounts(overlaps ?? []), [overlaps]);
  if (hidden === 0) return null;
  return (
    <p className="legend" role="note" data-testid="map-edges-capped">
      {t('map.edgesCapped', { shown: formatInteger(drawn), hidden: formatInteger(hidden) })}
    </p>
  );
}
