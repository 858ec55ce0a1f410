/** "Hva medlemmene er": each cluster's members by type (the report's fig. 3-2). */
import { DataGate } from '../../features/import/DataGate';
import { WhatMembers } from '../../features/member-charts/WhatMembers';
import type { ViewDescriptor } from '../../features/shared/view-types';

function WhatMembersView() {
  return (
    <DataGate>
      <WhatMembers />
    </DataGate>
  );
}

export const whatMembersView: ViewDescriptor = {
  id: 'hva',
  labelKey: 'nav.tab.hva',
  component: WhatMembersView,
  exports: ['what-members-csv', 'what-members-xlsx'],
};
