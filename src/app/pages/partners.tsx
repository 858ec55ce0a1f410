/** The partner finder view ("Partnere"): whom a cluster could partner with, what an organisation could join. */
import { DataGate } from '../../features/import/DataGate';
import { PartnersPanel } from '../../features/partners/PartnersPanel';

export default function PartnersView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <PartnersPanel />
      </div>
    </DataGate>
  );
}
