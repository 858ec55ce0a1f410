/**
 * Says so when the page's link could not be followed in full (another workspace's link, an older
 * or damaged one, ids this data does not have); what could be used was, and the app goes on.
 */
import { dismissUrlNote, useUrlNote } from '../../state/url-sync';
import { useT } from '../../ui/i18n/I18nProvider';

export function UrlNotice() {
  const t = useT();
  const note = useUrlNote();
  if (!note) return null;
  return (
    <div className="notice warning" role="status" data-testid="url-notice">
      <p>{t(note === 'stale' ? 'nav.url.stale' : 'nav.url.unknown')}</p>
      <button type="button" className="button subtle" onClick={dismissUrlNote}>
        {t('nav.url.dismiss')}
      </button>
    </div>
  );
}
