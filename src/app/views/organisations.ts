/** The organisations view ("Organisasjoner"): every organisation, searchable and filterable. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const organisationsView: ViewDescriptor = {
  id: 'organisasjoner',
  labelKey: 'nav.tab.organisasjoner',
  component: lazy(() => import('../pages/organisations')),
  exports: ['organisations-csv', 'organisations-xlsx'],
};
