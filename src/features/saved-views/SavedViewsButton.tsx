/** The header's toggle for the saved-views panel, with the count of views saved. */
import { savedViewsOf } from '../../state/saved-views';
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { setSavedViewsOpen, useSavedViewsOpen } from './panel-open';

export function SavedViewsButton() {
  const t = useT();
  const open = useSavedViewsOpen();
  const count = useAppState((s) => savedViewsOf(s.workspace).length);
  return (
    <button
      type="button"
      className="button"
      aria-expanded={open}
      aria-controls="saved-views"
      data-testid="saved-views-toggle"
      onClick={() => setSavedViewsOpen(!open)}
    >
      {t('views.open')}
      {count > 0 ? ` (${formatInteger(count)})` : ''}
    </button>
  );
}
