/** The county map view ("Fylkeskart"): counties coloured by members, the links between them. */
import { CountyMapView } from '../../features/county-map/CountyMapView';
import { DataGate } from '../../features/import/DataGate';

export default function CountyMapPage() {
  return (
    <DataGate>
      <CountyMapView />
    </DataGate>
  );
}
