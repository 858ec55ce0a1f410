/** The organisations view ("Organisasjoner"): every organisation, searchable and filterable. */
import { DataGate } from '../../features/import/DataGate';
import { OrganisationsPanel } from '../../features/organisations/OrganisationsPanel';
import type { ViewDescriptor } from '../../features/shared/view-types';

function OrganisationsView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <OrganisationsPanel />
      </div>
    </DataGate>
  );
}

export const organisationsView: ViewDescriptor = {
  id: 'organisasjoner',
  labelKey: 'nav.tab.organisasjoner',
  component: OrganisationsView,
  exports: ['organisations-csv', 'organisations-xlsx'],
};
