/** The app: wiring only. Language from the store, the example data on start, the page layout. */
import { useEffect } from 'react';
import { exampleSource } from '../features/default-data/default-files';
import { DefaultDataNote } from '../features/default-data/DefaultDataNote';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { DataGate } from '../features/import/DataGate';
import { DropZone } from '../features/import/DropZone';
import { LoadFilesButton } from '../features/import/LoadFilesButton';
import { LoadNotice } from '../features/import/LoadNotice';
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
          <DefaultDataNote />
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
        </main>
      </DropZone>
    </I18nProvider>
  );
}
