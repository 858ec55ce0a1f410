/** The partner finder view ("Partnere"): whom a cluster could partner with, what an organisation could join. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const partnersView: ViewDescriptor = {
  id: 'partnere',
  labelKey: 'nav.tab.partnere',
  component: lazy(() => import('../pages/partners')),
  exports: ['partners-csv', 'partners-xlsx'],
};
