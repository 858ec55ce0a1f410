/** The map view ("Kart"): headline numbers, the overlap map beside its details, the metrics. */
import { DetailsPanel } from '../../features/details/DetailsPanel';
import { DataGate } from '../../features/import/DataGate';
import { MetricsTable } from '../../features/metrics/MetricsTable';
import { OverlapMap } from '../../features/overlap/OverlapMap';
import { OverviewPanel } from '../../features/overview/OverviewPanel';

export default function MapView() {
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
