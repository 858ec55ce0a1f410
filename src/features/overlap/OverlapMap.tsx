/**
 * The overlap map panel: a cytoscape canvas, created once and handed to the controller components
 * that drive it (elements, style, layout, filter, selection), with the legend and the filter.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ElementsController } from './controllers/ElementsController';
import { FilterController } from './controllers/FilterController';
import { LayoutController } from './controllers/LayoutController';
import { SelectionController } from './controllers/SelectionController';
import { StyleController } from './controllers/StyleController';
import { CyContext } from './cy-context';
import { EdgeCapNote } from './EdgeCapNote';
import { MinSharedSlider } from './MinSharedSlider';
import { exposeForTests } from './test-hook';

export function OverlapMap() {
  const t = useT();
  const [cy, setCy] = useState<Core | null>(null);

  // A ref callback with cleanup (React 19): the instance lives exactly as long as its container.
  const attach = useCallback((container: HTMLDivElement | null) => {
    if (!container) return;
    const instance = cytoscape({
      container,
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.2,
      maxZoom: 4,
    });
    const resize = new ResizeObserver(() => {
      instance.resize();
      instance.fit(undefined, 24);
    });
    resize.observe(container);
    const unexpose = exposeForTests(instance);
    setCy(instance);
    return () => {
      unexpose();
      resize.disconnect();
      instance.destroy();
      setCy(null);
    };
  }, []);

  return (
    <Panel title={t('map.title')} className="map-panel" actions={<MinSharedSlider />}>
      <div
        ref={attach}
        className="map-canvas"
        role="img"
        aria-label={t('map.ariaLabel')}
        data-testid="overlap-map"
      />
      <p className="legend">{t('map.legend')}</p>
      <EdgeCapNote />
      {cy ? (
        <CyContext.Provider value={cy}>
          {/* Order matters: elements first, then what styles, lays out and marks them. */}
          <ElementsController />
          <StyleController />
          <LayoutController />
          <FilterController />
          <SelectionController />
        </CyContext.Provider>
      ) : null}
    </Panel>
  );
}
