/** The county map view ("Fylkeskart"): counties coloured by members, the links between them. */
import { CountyMapView } from '../../features/county-map/CountyMapView';
import { DataGate } from '../../features/import/DataGate';
import type { ViewDescriptor } from '../../features/shared/view-types';

function CountyMapPage() {
  return (
    <DataGate>
      <CountyMapView />
    </DataGate>
  );
}

export const countyMapView: ViewDescriptor = {
  id: 'fylkeskart',
  labelKey: 'nav.tab.fylkeskart',
  component: CountyMapPage,
  exports: ['county-map-pair-csv', 'county-map-pair-xlsx'],
};
