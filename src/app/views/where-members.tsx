/** "Hvor medlemmene er": each cluster's members by county or region (the report's fig. 3-4). */
import { DataGate } from '../../features/import/DataGate';
import { WhereMembers } from '../../features/member-charts/WhereMembers';
import type { ViewDescriptor } from '../../features/shared/view-types';

function WhereMembersView() {
  return (
    <DataGate>
      <WhereMembers />
    </DataGate>
  );
}

export const whereMembersView: ViewDescriptor = {
  id: 'hvor',
  labelKey: 'nav.tab.hvor',
  component: WhereMembersView,
  exports: ['where-members-csv', 'where-members-xlsx'],
};
