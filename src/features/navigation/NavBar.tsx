/** The tab row wired to the URL (the open tab) and the store (the counts on the tabs). */
import { useMemo } from 'react';
import { useAppState } from '../../state/store';
import { openTab, useCurrentTab } from './current-tab';
import { TabBar } from './TabBar';
import { tabCounts } from './tab-counts';
import './navigation.css';

export function NavBar() {
  const current = useCurrentTab();
  const data = useAppState((s) => s.data);
  const counts = useMemo(() => tabCounts(data), [data]);
  return (
    <nav className="app-nav">
      <TabBar current={current} counts={counts} onSelect={(id) => openTab(id)} />
    </nav>
  );
}
