/** The county matrix view ("Fylkesmatrise"): links between counties (the report's fig. 3-5). */
import { CountyMatrix } from '../../features/county-matrix/CountyMatrix';
import { DataGate } from '../../features/import/DataGate';

export default function CountyMatrixView() {
  return (
    <DataGate>
      <CountyMatrix />
    </DataGate>
  );
}
