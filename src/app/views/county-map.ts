/** The county map view ("Fylkeskart"): counties coloured by members, the links between them. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const countyMapView: ViewDescriptor = {
  id: 'fylkeskart',
  labelKey: 'nav.tab.fylkeskart',
  component: lazy(() => import('../pages/county-map')),
  exports: ['county-map-pair-csv', 'county-map-pair-xlsx'],
};
