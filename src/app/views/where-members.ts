/** "Hvor medlemmene er": each cluster's members by county or region (the report's fig. 3-4). */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const whereMembersView: ViewDescriptor = {
  id: 'hvor',
  labelKey: 'nav.tab.hvor',
  component: lazy(() => import('../pages/where-members')),
  exports: ['where-members-csv', 'where-members-xlsx'],
};
