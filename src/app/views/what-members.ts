/** "Hva medlemmene er": each cluster's members by type (the report's fig. 3-2). */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const whatMembersView: ViewDescriptor = {
  id: 'hva',
  labelKey: 'nav.tab.hva',
  component: lazy(() => import('../pages/what-members')),
  exports: ['what-members-csv', 'what-members-xlsx'],
};
