/** The report view ("Rapport"): the source report's chapter 3, regenerated from the data loaded. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const reportView: ViewDescriptor = {
  id: 'rapport',
  labelKey: 'nav.tab.rapport',
  component: lazy(() => import('../pages/report')),
  exports: [],
};
