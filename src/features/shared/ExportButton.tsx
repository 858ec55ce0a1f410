/** A button for one export of the registry: produces the file from the data shown, then delivers it. */
import { getAppState } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { deliver } from '../export/deliver';
import { exportById, exportFileName, type ExportId } from './export-registry';

export function ExportButton({ id }: { id: ExportId }) {
  const t = useT();
  const language = useLang();
  const descriptor = exportById(id);
  const run = async () => {
    const { data, anonymised } = getAppState();
    if (!data) return;
    const blob = await descriptor.produce({ data, language, anonymised });
    deliver(blob, exportFileName(descriptor, t(descriptor.fileNameKey)));
  };
  return (
    <button type="button" className="button" data-export={id} onClick={() => void run()}>
      {t(descriptor.labelKey)}
    </button>
  );
}
