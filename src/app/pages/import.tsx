/** The import view: the workspace, the files, the import report and the column mappings. */
import { ImportView } from '../../features/import/ImportView';
import { WorkspaceBar } from '../../features/import/WorkspaceBar';
import { NamesWithheld } from '../../features/anonymise/NamesWithheld';
import { useT } from '../../ui/i18n/I18nProvider';

export default function ImportPage() {
  const t = useT();
  return (
    <NamesWithheld title={t('nav.tab.import')} exports={['import-report-csv']}>
      <div className="stack-layout">
        <WorkspaceBar />
        <ImportView />
      </div>
    </NamesWithheld>
  );
}
