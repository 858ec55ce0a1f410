/** The import view: the workspace, the files, the import report and the column mappings. */
import type { ViewDescriptor } from '../../features/shared/view-types';
import { rejectedCount } from '../../features/navigation/tab-counts';
import { ImportView } from '../../features/import/ImportView';
import { WorkspaceBar } from '../../features/import/WorkspaceBar';
import { NamesWithheld } from '../../features/anonymise/NamesWithheld';
import { useT } from '../../ui/i18n/I18nProvider';

function ImportPage() {
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

export const importView: ViewDescriptor = {
  id: 'import',
  labelKey: 'nav.tab.import',
  component: ImportPage,
  badge: {
    kind: 'problem',
    one: 'nav.badge.import.one',
    other: 'nav.badge.import.other',
    count: (s) => (s.data ? rejectedCount(s.data) : null),
  },
  exports: ['import-report-csv', 'import-report-xlsx'],
};
