/**
 * The member graph view ("Medlemsgraf"): organisations and their clusters. The details of what is
 * selected are on the map view (tab panels stay mounted, so one details panel serves them all).
 */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const memberGraphView: ViewDescriptor = {
  id: 'medlemsgraf',
  labelKey: 'nav.tab.medlemsgraf',
  component: lazy(() => import('../pages/member-graph')),
  exports: [],
};
