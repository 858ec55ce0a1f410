/** The organisation metrics view ("Aktører"): the bridges, the organisation in focus, the table. */
import { DataGate } from '../../features/import/DataGate';
import { BridgesPanel } from '../../features/org-metrics/BridgesPanel';
import { OrgMetricDetails } from '../../features/org-metrics/OrgMetricDetails';
import { OrgMetricsTable } from '../../features/org-metrics/OrgMetricsTable';
import type { ViewDescriptor } from '../../features/shared/view-types';

function OrgMetricsView() {
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

export const orgMetricsView: ViewDescriptor = {
  id: 'aktorer',
  labelKey: 'nav.tab.aktorer',
  component: OrgMetricsView,
  exports: [],
};
