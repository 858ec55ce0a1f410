/** The placement view ("Plassering"): organisations without a county, and the register lookup. */
import { DataGate } from '../import/DataGate';
import { unplacedCount } from '../navigation/tab-counts';
import type { ViewDescriptor } from '../navigation/view-types';
import { RegisterPanel } from '../register/RegisterPanel';
import { PlacesPanel } from './PlacesPanel';

function PlacesView() {
  return (
    <DataGate>
      <div className="stack-layout">
        <PlacesPanel />
        <RegisterPanel />
      </div>
    </DataGate>
  );
}

export const placesView: ViewDescriptor = {
  id: 'plassering',
  labelKey: 'nav.tab.plassering',
  component: PlacesView,
  badge: {
    kind: 'todo',
    one: 'nav.badge.plassering.one',
    other: 'nav.badge.plassering.other',
    count: (s) => (s.data ? unplacedCount(s.data) : null),
  },
  exports: [],
};
