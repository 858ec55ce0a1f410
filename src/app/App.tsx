/**
 * The app: wiring only. Language from the store, the workspace (restored, or the example data) on
 * start, the page layout: header, the tab row, notices, and one panel per tab: the map (headline
 * numbers, overlap map beside its details, metrics), the import (workspace, files, report,
 * mappings), the duplicate review with the changes, and placement with the register lookup.
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
import { NavBar } from '../features/navigation/NavBar';
import { TabAfterLoad } from '../features/navigation/TabAfterLoad';
import { TabPanels } from '../features/navigation/TabPanels';
import { OverlapMap } from '../features/overlap/OverlapMap';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { PlacesPanel } from '../features/places/PlacesPanel';
import { RegisterPanel } from '../features/register/RegisterPanel';
import { ChangesPanel } from '../features/review/ChangesPanel';
import { ReviewPanel } from '../features/review/ReviewPanel';
import { UndoShortcut } from '../features/review/UndoShortcut';
import { SelectionKeys } from '../features/shared/SelectionKeys';
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
      <SelectionKeys />
      <TabAfterLoad />
      <DropZone>
        <AppHeader actions={[<LoadFilesButton key="load" />, <LanguageSwitch key="lang" />]} />
        <NavBar />
        <main className="page">
          <StorageNotice />
          <DefaultDataNote />
          <LoadNotice />
          <TabPanels
            panels={{
              kart: (
                <DataGate>
                  <div className="layout">
                    <OverviewPanel />
                    <OverlapMap />
                    <DetailsPanel />
                    <MetricsTable />
                  </div>
                </DataGate>
              ),
              import: (
                <div className="stack-layout">
                  <WorkspaceBar />
                  <ImportView />
                </div>
              ),
              duplikater: (
                <DataGate>
                  <div className="review-layout">
                    <ReviewPanel />
                    <ChangesPanel />
                  </div>
                </DataGate>
              ),
              plassering: (
                <DataGate>
                  <div className="stack-layout">
                    <PlacesPanel />
                    <RegisterPanel />
                  </div>
                </DataGate>
              ),
            }}
          />
        </main>
      </DropZone>
    </I18nProvider>
  );
}
