/** The organisations view ("Organisasjoner"): every organisation, searchable and filterable. */
import { DataGate } from '../../features/import/DataGate';
import { OrganisationsPanel } from '../../features/organisations/OrganisationsPanel';

export default function OrganisationsView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <OrganisationsPanel />
      </div>
    </DataGate>
  );
}
