/** The report view ("Rapport"): the source report's chapter 3, regenerated from the data loaded. */
import { DataGate } from '../../features/import/DataGate';
import { ReportPanel } from '../../features/report/ReportPanel';
import type { ViewDescriptor } from '../../features/shared/view-types';

function ReportView() {
  return (
    <DataGate>
      <ReportPanel />
    </DataGate>
  );
}

export const reportView: ViewDescriptor = {
  id: 'rapport',
  labelKey: 'nav.tab.rapport',
  component: ReportView,
  exports: [],
};
