/** "Hvor medlemmene er": each cluster's members by county or region (the report's fig. 3-4). */
import { DataGate } from '../../features/import/DataGate';
import { WhereMembers } from '../../features/member-charts/WhereMembers';

export default function WhereMembersView() {
  return (
    <DataGate>
      <WhereMembers />
    </DataGate>
  );
}
