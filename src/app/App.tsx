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
import { AnonymiseSwitch } from '../features/anonymise/AnonymiseSwitch';
import { PresentationControls } from '../features/present/PresentationControls';
import { PresentButton } from '../features/present/PresentButton';
import { usePresentation } from '../features/present/presentation';
import { SavedViewsButton } from '../features/saved-views/SavedViewsButton';
import { SavedViewsPanel } from '../features/saved-views/SavedViewsPanel';
import { WorkspaceFileButtons } from '../features/workspace-file/WorkspaceFileButtons';
import { WorkspaceFileNotice } from '../features/workspace-file/WorkspaceFileNotice';
import { GraphFontScale } from '../ui/graph/font-scale';
import { AppHeader } from './AppHeader';
import { CONTENT_ID, SkipLink } from './SkipLink';
import { VIEW_IDS, VIEWS } from './views';

/** Map labels in presentation mode: 1.25 x 14 px on screen, whatever the zoom (font-scale.ts). */
const PRESENTATION_FONT_SCALE = 1.25;

export function App() {
  const language = useAppState((s) => s.language);
  const presenting = usePresentation().active;
  // For tests and diagnosis: whether the data shown was built now or taken from the build cache.
  const builtFrom = useAppState((s) => s.data?.builtFrom);

  // Before the first paint, so the view the URL names is the first one shown.
  useLayoutEffect(() => {
    const stop = startUrlSync({ views: VIEW_IDS });
    void actions.start(exampleSource);
    return stop;
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Presentation mode: the page's own class hides the header and controls (present.css).
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
  }, [presenting]);

  return (
    <I18nProvider lang={language}>
      <UndoShortcut />
      <SelectionKeys />
      <TabAfterLoad />
      <GraphFontScale.Provider value={presenting ? PRESENTATION_FONT_SCALE : null}>
        <SkipLink />
        <DropZone>
          <PresentationControls />
          <AppHeader
            actions={[
              <LoadFilesButton key="load" />,
              <WorkspaceFileButtons key="wsfile" />,
              <SavedViewsButton key="views" />,
              <PresentButton key="present" />,
              <AnonymiseSwitch key="anon" />,
              <LanguageSwitch key="lang" />,
            ]}
          />
          <NavBar views={VIEWS} />
          <main className="page" id={CONTENT_ID} tabIndex={-1} data-built-from={builtFrom}>
            <SavedViewsPanel />
            <WorkspaceFileNotice />
            <UrlNotice />
            <StorageNotice />
            <DefaultDataNote />
            <LoadNotice />
            <TabPanels views={VIEWS} />
          </main>
        </DropZone>
      </GraphFontScale.Provider>
    </I18nProvider>
  );
}
