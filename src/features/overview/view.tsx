/** The map view ("Kart"): headline numbers, the overlap map beside its details, the metrics. */
import { DetailsPanel } from '../details/DetailsPanel';
import { DataGate } from '../import/DataGate';
import { MetricsTable } from '../metrics/MetricsTable';
import type { ViewDescriptor } from '../navigation/view-types';
import { OverlapMap } from '../overlap/OverlapMap';
import { OverviewPanel } from './OverviewPanel';

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
  exports: [],
};
