/** The map view ("Kart"): headline numbers, the overlap map beside its details, the metrics. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';

export const overviewView: ViewDescriptor = {
  id: 'kart',
  labelKey: 'nav.tab.kart',
  component: lazy(() => import('../pages/map')),
  // The headline numbers are the data's summary; the canvas holds itself while hidden.
  liveWhileHidden: true,
  exports: [
    'overlaps-csv',
    'overlaps-xlsx',
    'metrics-csv',
    'metrics-xlsx',
    'overlap-gexf',
    'overlap-graphml',
    'overlap-cyjs',
    'membership-gexf',
    'membership-graphml',
    'membership-cyjs',
  ],
};
