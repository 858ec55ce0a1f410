/**
 * The views' panels. All stay rendered and only the open one is shown, so switching is instant and
 * nothing is lost on the way (a search typed, a selection of rows, the map's cytoscape instance).
 * When the user switches while scrolled down, the new panel starts at its top. Each panel has its
 * own error boundary: a view that fails to render says so, and the other tabs go on working.
 */
import { useEffect, useRef } from 'react';
import { actions } from '../../state/store';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useT } from '../../ui/i18n/I18nProvider';
import { openTab, useCurrentTab } from '../shared/current-tab';
import { panelElementId, tabElementId } from '../shared/tab-ids';
import type { ViewDescriptor } from '../shared/view-types';

export function TabPanels({ views }: { views: readonly ViewDescriptor[] }) {
  const t = useT();
  const current = useCurrentTab();
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    const top = document.getElementById(panelElementId(current))?.getBoundingClientRect().top;
    // Below the sticky tab row: the panel's top is above the fold, so bring it back into view.
    const nav = document.querySelector('.app-nav')?.getBoundingClientRect().bottom ?? 0;
    if (top !== undefined && top < nav) window.scrollBy({ top: top - nav - 12 });
  }, [current]);
  return (
    <>
      {views.map(({ id, labelKey, component: View }) => (
        <div
          key={id}
          role="tabpanel"
          id={panelElementId(id)}
          aria-labelledby={tabElementId(id)}
          className={`tab-panel tab-panel-${id}`}
          hidden={id !== current}
          tabIndex={-1}
          data-testid={`tabpanel-${id}`}
        >
          <ErrorBoundary view={t(labelKey)} onToImport={toImport} onToExample={toExample}>
            <View />
          </ErrorBoundary>
        </div>
      ))}
    </>
  );
}

const toImport = () => openTab('import', { focusPanel: true });
const toExample = () => {
  openTab('kart');
  void actions.openExample();
};
