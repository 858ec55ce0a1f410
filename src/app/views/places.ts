/** The placement view ("Plassering"): organisations without a county, and the register lookup. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';
import { unplacedCount } from '../../features/navigation/tab-counts';

export const placesView: ViewDescriptor = {
  id: 'plassering',
  labelKey: 'nav.tab.plassering',
  component: lazy(() => import('../pages/places')),
  badge: {
    kind: 'todo',
    one: 'nav.badge.plassering.one',
    other: 'nav.badge.plassering.other',
    count: (s) => (s.data ? unplacedCount(s.data) : null),
  },
  exports: [],
};
