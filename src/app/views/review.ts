/** The duplicates view ("Duplikater"): possible duplicates to review, and the changes made. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';
import { reviewCount } from '../../features/navigation/tab-counts';

export const reviewView: ViewDescriptor = {
  id: 'duplikater',
  labelKey: 'nav.tab.duplikater',
  component: lazy(() => import('../pages/review')),
  badge: {
    kind: 'todo',
    one: 'nav.badge.duplikater.one',
    other: 'nav.badge.duplikater.other',
    count: (s) => (s.data ? reviewCount(s.data) : null),
  },
  exports: [],
};
