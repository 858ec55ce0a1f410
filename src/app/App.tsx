/**
 * The app: wiring only. The language from the store, the URL kept in step with the store, the
 * workspace (restored, or the example data) on start, and the page: header, the tab row and the
 * panels made from the view registry (views.ts), and the notices.
 */
import { useEffect, useLayoutEffect } from 'react';
import { exampleSource } from '../features/default-data/default-files';
import { DefaultDataNote } from '../features/default-data/DefaultDataNote';
import { DropZone } from '../features/import/DropZone';
import { LoadFilesButton } from '../features/import/LoadFilesButton';
import { LoadNotice } from '../features/import/LoadNotice';
import { StorageNotice } from '../features/import/StorageNotice';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { NavBar } from '../features/navigation/NavBar';
import { TabAfterLoad } from '../features/navigation/TabAfterLoad';
import { TabPanels } from '../features/navigation/TabPanels';
import { UrlNotice } from '../features/navigation/UrlNotice';
import { UndoShortcut } from '../features/review/UndoShortcut';
import { SelectionKeys } from '../features/shared/SelectionKeys';
import { actions, useAppState } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { I18nProvider } from '../ui/i18n/I18nProvider';
import { AppHeader } from './AppHeader';
import { CONTENT_ID, SkipLink } from './SkipLink';
import { VIEW_IDS, VIEWS } from './views';

export function App() {
  const language = useAppState((s) => s.language);

  // Before the first paint, so the view the URL names is the first one shown.
  useLayoutEffect(() => {
    const stop = startUrlSync({ views: VIEW_IDS });
    void actions.start(exampleSource);
    return stop;
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nProvider lang={language}>
      <UndoShortcut />
      <SelectionKeys />
      <TabAfterLoad />
      <SkipLink />
      <DropZone>
        <AppHeader actions={[<LoadFilesButton key="load" />, <LanguageSwitch key="lang" />]} />
        <NavBar views={VIEWS} />
        <main className="page" id={CONTENT_ID} tabIndex={-1}>
          <UrlNotice />
          <StorageNotice />
          <DefaultDataNote />
          <LoadNotice />
          <TabPanels views={VIEWS} />
        </main>
      </DropZone>
    </I18nProvider>
  );
}
