/**
 * The import panel, the body of the import tab: the workspace's files (with remove buttons), the
 * import report and the column mappings. Outside the data gate, so a workspace whose files gave
 * nothing usable can still be inspected and its mappings fixed.
 */
import { Panel } from '../../ui/Panel';
import { useT } from '../../ui/i18n/I18nProvider';
import { FileList } from './FileList';
import { ImportReport } from './ImportReport';
import { MappingList } from './MappingList';
import './import.css';

export function ImportView() {
  const t = useT();
  return (
    <div className="import-view" data-testid="import-view">
      <Panel title={t('view.import')} className="import-panel">
        <h3>{t('files.title')}</h3>
        <FileList />
        <ImportReport />
        <MappingList />
      </Panel>
    </div>
  );
}
