/**
 * The export button as views use it: the registry with all its producers (GEXF, GraphML, CSV,
 * the XLSX writer's glue) is fetched after the first paint rather than with the first view, so
 * the map's JavaScript stays within its budget. Until then (and until it has come) the button is
 * not there.
 */
import { lazy, Suspense } from 'react';
import { useFirstViewShown } from '../../ui/first-view';
import type { ExportId } from './export-registry';

const ExportButtonNow = lazy(() => import('./ExportButtonNow'));

export function ExportButton({ id }: { id: ExportId }) {
  // Rendering the lazy component is what fetches it: not before the first view is painted.
  if (!useFirstViewShown()) return null;
  return (
    <Suspense fallback={null}>
      <ExportButtonNow id={id} />
    </Suspense>
  );
}
