/**
 * A button for one export of the registry: produces the file from the data shown, then delivers it.
 * The registry (every producer) is a chunk of its own, loaded after the first view: ExportButton.tsx.
 */
import { dataComplete, getAppState } from '../../state/store';
import { exportContextOf } from './export-context';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { deliver } from '../export/deliver';
import { exportById, exportFileName, type ExportId } from './export-registry';

export default function ExportButtonNow({ id }: { id: ExportId }) {
  const t = useT();
  const language = useLang();
  const descriptor = exportById(id);
  const run = async () => {
    // Right after a rebuild the organisation metrics may still be on their way.
    await dataComplete();
    const state = getAppState();
    const data = state.data;
    if (!data) return;
    const blob = await descriptor.produce(exportContextOf({ ...state, data }, language));
    deliver(blob, exportFileName(descriptor, t(descriptor.fileNameKey)));
  };
  return (
    <button type="button" className="button" data-export={id} onClick={() => void run()}>
      {t(descriptor.labelKey)}
    </button>
  );
}
