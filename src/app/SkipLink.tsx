/**
 * "Hopp til innholdet": the first stop of the Tab key, past the header and the tab row to the
 * page's content. The address's hash holds the app's state (the tab, the selection), so the link
 * moves the focus itself instead of navigating to "#content".
 */
import { useT } from '../ui/i18n/I18nProvider';

export const CONTENT_ID = 'content';

export function SkipLink() {
  const t = useT();
  return (
    <a
      className="skip-link"
      href={`#${CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(CONTENT_ID)?.focus();
      }}
    >
      {t('skip.toContent')}
    </a>
  );
}
