/**
 * The tab row wired to the URL (the open view) and the store (the counts on the tabs). Counts
 * are read from the data only, so they are counted again when the data changes, not per render.
 */
import { useMemo } from 'react';
import { getAppState, useAppState } from '../../state/store';
import { openTab, useCurrentTab } from '../shared/current-tab';
import { TabBar } from './TabBar';
import type { ViewDescriptor } from '../shared/view-types';
import './navigation.css';

export function NavBar({ views }: { views: readonly ViewDescriptor[] }) {
  const current = useCurrentTab();
  const data = useAppState((s) => s.data);
  const counts = useMemo(() => {
    const state = getAppState();
    return new Map(views.map((v) => [v.id, data ? (v.badge?.count(state) ?? null) : null]));
  }, [views, data]);
  return (
    <nav className="app-nav">
      <TabBar views={views} current={current} counts={counts} onSelect={(id) => openTab(id)} />
    </nav>
  );
}
