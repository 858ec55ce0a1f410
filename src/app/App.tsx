/**
 * The app: wiring only. Language from the store, the workspace (restored, or the example data) on
 * start, the page layout: notices and the workspace bar, the analysis panels, the import panel.
 */
import { useEffect } from 'react';
import { exampleSource } from '../features/default-data/default-files';
import { DefaultDataNote } from '../features/default-data/DefaultDataNote';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { DataGate } from '../features/import/DataGate';
import { DropZone } from '../features/import/DropZone';
import { ImportView } from '../features/import/ImportView';
import { LoadFilesButton } from '../features/import/LoadFilesButton';
import { LoadNotice } from '../features/import/LoadNotice';
import { StorageNotice } from '../features/import/StorageNotice';
import { WorkspaceBar } from '../features/import/WorkspaceBar';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { MetricsTable } from '../features/metrics/MetricsTable';
import { OverlapMap } from '../features/overlap/OverlapMap';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { PlacesPanel } from '../features/places/PlacesPanel';
import { RegisterPanel } from '../features/register/RegisterPanel';
import { ChangesPanel } from '../features/review/ChangesPanel';
import { ReviewPanel } from '../features/review/ReviewPanel';
import { UndoShortcut } from '../features/review/UndoShortcut';
import { actions, useAppState } from '../state/store';
import { I18nProvider } from '../ui/i18n/I18nProvider';
import { AppHeader } from './AppHeader';

export function App() {
  const language = useAppState((s) => s.language);

  useEffect(() => {
    void actions.start(exampleSource);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nProvider lang={language}>
      <UndoShortcut />
      <DropZone>
        <AppHeader actions={[<LoadFilesButton key="load" />, <LanguageSwitch key="lang" />]} />
        <main className="page">
          <StorageNotice />
          <DefaultDataNote />
          <WorkspaceBar />
          <LoadNotice />
          <DataGate>
            <div className="layout">
              <OverviewPanel />
              <OverlapMap />
              <DetailsPanel />
              <MetricsTable />
              <ReviewPanel />
              <ChangesPanel />
              <PlacesPanel />
              <RegisterPanel />
            </div>
          </DataGate>
          <ImportView />
        </main>
      </DropZone>
    </I18nProvider>
  );
}
