/** The partner finder view ("Partnere"): whom a cluster could partner with, what an organisation could join. */
import { DataGate } from '../../features/import/DataGate';
import { PartnersPanel } from '../../features/partners/PartnersPanel';
import type { ViewDescriptor } from '../../features/shared/view-types';

function PartnersView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <PartnersPanel />
      </div>
    </DataGate>
  );
}

export const partnersView: ViewDescriptor = {
  id: 'partnere',
  labelKey: 'nav.tab.partnere',
  component: PartnersView,
  exports: ['partners-csv', 'partners-xlsx'],
};
