/** The intersections view ("Snitt"): exclusive cluster combinations as an UpSet chart. */
import { DataGate } from '../../features/import/DataGate';
import { IntersectionsPanel } from '../../features/intersections/IntersectionsPanel';
import type { ViewDescriptor } from '../../features/shared/view-types';

function IntersectionsView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <IntersectionsPanel />
      </div>
    </DataGate>
  );
}

export const intersectionsView: ViewDescriptor = {
  id: 'snitt',
  labelKey: 'nav.tab.snitt',
  component: IntersectionsView,
  exports: ['intersections-csv', 'intersections-xlsx'],
};
