/** The organisation metrics view ("Aktører"): the bridges, the organisation in focus, the table. */
import { DataGate } from '../../features/import/DataGate';
import { BridgesPanel } from '../../features/org-metrics/BridgesPanel';
import { OrgMetricDetails } from '../../features/org-metrics/OrgMetricDetails';
import { OrgMetricsTable } from '../../features/org-metrics/OrgMetricsTable';

export default function OrgMetricsView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <BridgesPanel />
        <OrgMetricDetails />
        <OrgMetricsTable />
      </div>
    </DataGate>
  );
}
