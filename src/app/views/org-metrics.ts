/** The organisation metrics view ("Aktører"): the bridges, the organisation in focus, the table. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const orgMetricsView: ViewDescriptor = {
  id: 'aktorer',
  labelKey: 'nav.tab.aktorer',
  component: lazy(() => import('../pages/org-metrics')),
  exports: [],
};
