/**
 * The member graph view ("Medlemsgraf"): organisations and their clusters. The details of what is
 * selected are on the map view (tab panels stay mounted, so one details panel serves them all).
 */
import { DataGate } from '../../features/import/DataGate';
import { MemberGraph } from '../../features/member-graph/MemberGraph';
import type { ViewDescriptor } from '../../features/shared/view-types';

function MemberGraphView() {
  return (
    <DataGate>
      <div className="member-graph-layout">
        <MemberGraph />
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
