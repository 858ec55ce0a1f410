/**
 * The import panel at the foot of the page: the workspace's files (with remove buttons), the
 * import report and the column mappings. Outside the data gate, so a workspace whose files gave
 * nothing usable can still be inspected and its mappings fixed.
 */
import { Panel } from '../../ui/Panel';
import { useT } from '../../ui/i18n/I18nProvider';
import { FileList } from './FileList';
import { ImportReport } from './ImportReport';
import { MappingList } from './MappingList';

/** Anchor of the panel, for "Se importrapporten". */
export const IMPORT_PANEL_ID = 'import';

export function ImportView() {
  const t = useT();
  return (
    <div id={IMPORT_PANEL_ID} tabIndex={-1} className="import-view" data-testid="import-view">
      <Panel title={t('view.import')} className="import-panel">
        <h3>{t('files.title')}</h3>
        <FileList />
        <ImportReport />
        <MappingList />
      </Panel>
    </div>
  );
}
