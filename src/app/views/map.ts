/** The map view ("Kart"): headline numbers, the overlap map beside its details, the metrics. */
import { lazy } from 'react';
import { GRAPH_EXPORT_IDS } from '../../features/overlap/graph-export-ids';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const overviewView: ViewDescriptor = {
  id: 'kart',
  labelKey: 'nav.tab.kart',
  component: lazy(() => import('../pages/map')),
  // The headline numbers are the data's summary; the canvas holds itself while hidden.
  liveWhileHidden: true,
  exports: ['overlaps-csv', 'overlaps-xlsx', 'metrics-csv', 'metrics-xlsx', ...GRAPH_EXPORT_IDS],
};
