/**
 * What opening or saving the workspace had to tell: files listed in it whose bytes were not in
 * storage (named, so the user can add them again), a workspace saved by a newer app (refused and
 * left untouched), or changes taken in from another tab.
 */
import { actions, useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';

export function SavedWorkNotice() {
  const t = useT();
  const notice = useAppState((s) => s.savedWork ?? null);
  if (!notice) return null;
  const text =
    notice.kind === 'missing-files'
      ? t('storage.missingFiles', { names: notice.names.join(', ') })
      : notice.kind === 'newer'
        ? t('storage.newer', {
            found: formatInteger(notice.found),
            known: formatInteger(notice.known),
          })
        : t('storage.otherTab');
  return (
    <div
      className={notice.kind === 'other-tab' ? 'notice' : 'notice error'}
      role={notice.kind === 'other-tab' ? 'status' : 'alert'}
      data-testid="saved-work-notice"
    >
      <p>{text}</p>
      <button type="button" className="button subtle" onClick={actions.dismissSavedWork}>
        {t('load.dismiss')}
      </button>
    </div>
  );
}
