/** "Hva medlemmene er": each cluster's members by type (the report's fig. 3-2). */
import { DataGate } from '../../features/import/DataGate';
import { WhatMembers } from '../../features/member-charts/WhatMembers';

export default function WhatMembersView() {
  return (
    <DataGate>
      <WhatMembers />
    </DataGate>
  );
}
