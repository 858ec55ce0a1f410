/**
 * Says so when the map leaves links out (see drawnOverlaps in overlap-view.ts): how many it draws and
 * how many weaker ones it hides, so a sparse-looking map of a wide file is not read as the truth.
 */
import { useMemo } from 'react';
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { drawnOverlaps } from './overlap-view';

export function EdgeCapNote() {
  const t = useT();
  const model = useAppState((s) => s.data?.model);
  const { drawn, hidden } = useMemo(
    () => (model ? drawnOverlaps(model) : { drawn: [], hidden: 0 }),
    [model],
  );
  if (hidden === 0) return null;
  return (
    <p className="legend" role="note" data-testid="map-edges-capped">
      {t('map.edgesCapped', { shown: formatInteger(drawn.length), hidden: formatInteger(hidden) })}
    </p>
  );
}
