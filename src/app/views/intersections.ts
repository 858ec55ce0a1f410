/** The intersections view ("Snitt"): exclusive cluster combinations as an UpSet chart. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const intersectionsView: ViewDescriptor = {
  id: 'snitt',
  labelKey: 'nav.tab.snitt',
  component: lazy(() => import('../pages/intersections')),
  exports: ['intersections-csv', 'intersections-xlsx'],
};
