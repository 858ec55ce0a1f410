/**
 * A row of export buttons for ids of the registry, e.g. a table's CSV and XLSX, or the graph
 * files under a map. The files are made when clicked, from the data shown.
 */
import { ExportButton } from './ExportButton';
import type { ExportId } from './export-registry';

export function ExportButtons({ ids, label }: { ids: readonly ExportId[]; label: string }) {
  return (
    <div className="export-buttons" role="group" aria-label={label}>
      {ids.map((id) => (
        <ExportButton key={id} id={id} />
      ))}
    </div>
  );
}
