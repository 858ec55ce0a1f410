/** The report view ("Rapport"): the source report's chapter 3, regenerated from the data loaded. */
import { DataGate } from '../../features/import/DataGate';
import { ReportPanel } from '../../features/report/ReportPanel';

export default function ReportView() {
  return (
    <DataGate>
      <ReportPanel />
    </DataGate>
  );
}
