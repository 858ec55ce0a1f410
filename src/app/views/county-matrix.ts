/** The county matrix view ("Fylkesmatrise"): links between counties (the report's fig. 3-5). */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const countyMatrixView: ViewDescriptor = {
  id: 'fylkesmatrise',
  labelKey: 'nav.tab.fylkesmatrise',
  component: lazy(() => import('../pages/county-matrix')),
  exports: ['county-matrix-csv', 'county-matrix-xlsx', 'county-pair-csv', 'county-pair-xlsx'],
};
