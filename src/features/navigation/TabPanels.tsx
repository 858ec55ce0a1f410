/**
 * The views' panels. All stay rendered and only the open one is shown, so switching is instant and
 * nothing is lost on the way (a search typed, a selection of rows, the map's cytoscape instance).
 * A view's code is its own chunk (React.lazy in the registry): the open view renders at once, and
 * the others (their code fetched then) only after it has been painted with its data, so opening
 * the page loads little; the panels' containers are always there.
 * A hidden panel shows the state it was hidden with (HeldWhileHidden), so only the open view
 * re-renders when the data or the selection change (but for a view live while hidden).
 * When the user switches while scrolled down, the new panel starts at its top. Each panel has its
 * own error boundary: a view that fails to render says so, and the other tabs go on working.
 */
import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { HeldState } from '../../state/held-state';
import { actions, getAppState, useAppState } from '../../state/store';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { markFirstViewShown, useFirstViewShown, useLaterViewsMayRender } from '../../ui/first-view';
import { useT } from '../../ui/i18n/I18nProvider';
import { openTab, useCurrentTab } from '../shared/current-tab';
import { panelElementId, tabElementId } from '../shared/tab-ids';
import type { ViewDescriptor } from '../shared/view-types';

export function TabPanels({ views }: { views: readonly ViewDescriptor[] }) {
  const t = useT();
  const current = useCurrentTab();
  const shown = useRef(current);
  const firstShown = useFirstViewShown();
  // Once the first view is done (shown, and released by what it still loads: the map's canvas),
  // the other views render, in a transition so the open view's work always comes first.
  const othersMayRender = useLaterViewsMayRender();
  const [othersReady, setOthersReady] = useState(false);
  useEffect(() => {
    if (othersMayRender) startTransition(() => setOthersReady(true));
  }, [othersMayRender]);
  // Views opened before the rest were rendered stay rendered, so switching back keeps them.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([current]));
  if (!opened.has(current)) setOpened(new Set(opened).add(current));
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
      {views.map(({ id, labelKey, component: View, liveWhileHidden }) => (
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
            {othersReady || opened.has(id) ? (
              <HeldWhileHidden hidden={id !== current && !liveWhileHidden}>
                <Suspense
                  fallback={
                    <p className="gate" role="status">
                      {t('app.viewLoading')}
                    </p>
                  }
                >
                  <View />
                  {firstShown ? null : <WhenPainted />}
                </Suspense>
              </HeldWhileHidden>
            ) : null}
          </ErrorBoundary>
        </div>
      ))}
    </>
  );
}

/** While `hidden`, the panel's components read the state as it was when it was hidden. */
function HeldWhileHidden({ hidden, children }: { hidden: boolean; children: ReactNode }) {
  const [held, setHeld] = useState(() => (hidden ? getAppState() : null));
  // Adjusted while rendering (not in an effect): the render that hides the panel already holds.
  if (hidden && held === null) setHeld(getAppState());
  if (!hidden && held !== null) setHeld(null);
  return (
    <HeldState.Provider value={hidden ? (held ?? getAppState()) : null}>
      {children}
    </HeldState.Provider>
  );
}

/**
 * Inside the open view's Suspense, so it mounts once the view's code is there: when the data is
 * too (not loading), after the next paint, the first view counts as shown.
 */
function WhenPainted() {
  const loading = useAppState((s) => s.status === 'loading');
  useEffect(() => {
    if (loading) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(markFirstViewShown, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [loading]);
  return null;
}

const toImport = () => openTab('import', { focusPanel: true });
const toExample = () => {
  openTab('kart');
  void actions.openExample();
};
