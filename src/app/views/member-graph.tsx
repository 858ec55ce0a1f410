/** The member graph view ("Medlemsgraf"): organisations and their clusters, beside the details. */
import { DetailsPanel } from '../../features/details/DetailsPanel';
import { DataGate } from '../../features/import/DataGate';
import { MemberGraph } from '../../features/member-graph/MemberGraph';
import type { ViewDescriptor } from '../../features/shared/view-types';

function MemberGraphView() {
  return (
    <DataGate>
      <div className="member-graph-layout">
        <MemberGraph />
        <DetailsPanel />
      </div>
    </DataGate>
  );
}

export const memberGraphView: ViewDescriptor = {
  id: 'medlemsgraf',
  labelKey: 'nav.tab.medlemsgraf',
  component: MemberGraphView,
  exports: [],
};
