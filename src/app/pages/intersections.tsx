/** The intersections view ("Snitt"): exclusive cluster combinations as an UpSet chart. */
import { DataGate } from '../../features/import/DataGate';
import { IntersectionsPanel } from '../../features/intersections/IntersectionsPanel';

export default function IntersectionsView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <IntersectionsPanel />
      </div>
    </DataGate>
  );
}
