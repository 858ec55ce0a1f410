/**
 * Opens the right tab when a load of files finishes (see tab-after-load.ts): the import tab if
 * anything was rejected, else the map. Each load's notice is a new object, so a notice seen once
 * never moves the user again. A layout effect, so the tab changes in the same step as the data
 * appears: a click on another tab right after the data shows is never overridden. Renders nothing.
 */
import { useLayoutEffect, useRef } from 'react';
import { useAppState } from '../../state/store';
import { openTab } from '../shared/current-tab';
import { tabAfterLoad } from './tab-after-load';

export function TabAfterLoad() {
  const notice = useAppState((s) => s.notice);
  const seen = useRef(notice);
  useLayoutEffect(() => {
    if (notice === seen.current) return;
    seen.current = notice;
    const tab = tabAfterLoad(notice);
    if (tab) openTab(tab);
  }, [notice]);
  return null;
}
