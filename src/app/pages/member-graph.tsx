/**
 * The member graph view ("Medlemsgraf"): organisations and their clusters. The details of what is
 * selected are on the map view (tab panels stay mounted, so one details panel serves them all).
 */
import { DataGate } from '../../features/import/DataGate';
import { MemberGraph } from '../../features/member-graph/MemberGraph';

export default function MemberGraphView() {
  return (
    <DataGate>
      <div className="member-graph-layout">
        <MemberGraph />
      </div>
    </DataGate>
  );
}
