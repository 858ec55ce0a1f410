/** The county matrix view ("Fylkesmatrise"): links between counties (the report's fig. 3-5). */
import { CountyMatrix } from '../../features/county-matrix/CountyMatrix';
import { DataGate } from '../../features/import/DataGate';
import type { ViewDescriptor } from '../../features/shared/view-types';

function CountyMatrixView() {
  return (
    <DataGate>
      <CountyMatrix />
    </DataGate>
  );
}

export const countyMatrixView: ViewDescriptor = {
  id: 'fylkesmatrise',
  labelKey: 'nav.tab.fylkesmatrise',
  component: CountyMatrixView,
  exports: ['county-matrix-csv', 'county-matrix-xlsx', 'county-pair-csv', 'county-pair-xlsx'],
};
