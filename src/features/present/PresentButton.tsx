/** The header's "Presenter" button: starts the saved views as a presentation (disabled without). */
import { savedViewsOf } from '../../state/saved-views';
import { useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { startPresentation } from './presentation';

export function PresentButton() {
  const t = useT();
  const count = useAppState((s) => savedViewsOf(s.workspace).length);
  return (
    <button
      type="button"
      className="button"
      disabled={count === 0}
      title={count === 0 ? t('present.needViews') : t('present.startHelp')}
      data-testid="present-start"
      onClick={() => void startPresentation()}
    >
      {t('present.start')}
    </button>
  );
}
