/** The map view ("Kart"): headline numbers, the overlap map beside its details, the metrics. */
import { DetailsPanel } from '../../features/details/DetailsPanel';
import { DataGate } from '../../features/import/DataGate';
import { MetricsTable } from '../../features/metrics/MetricsTable';
import type { ViewDescriptor } from '../../features/shared/view-types';
import { OverlapMap } from '../../features/overlap/OverlapMap';
import { OverviewPanel } from '../../features/overview/OverviewPanel';

function MapView() {
  return (
    <DataGate>
      <div className="layout">
        <OverviewPanel />
        <OverlapMap />
        <DetailsPanel />
        <MetricsTable />
      </div>
    </DataGate>
  );
}

export const overviewView: ViewDescriptor = {
  id: 'kart',
  labelKey: 'nav.tab.kart',
  component: MapView,
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
