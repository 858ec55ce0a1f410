/** Says plainly what leaves the browser before the lookup is turned on, and asks to confirm. */
import { useT } from '../../ui/i18n/I18nProvider';

export function ConsentNotice({
  onAccept,
  onDecline,
}: {
  onAccept: () => void;
  onDecline: () => void;
}) {
  const t = useT();
  return (
    <div
      className="register-consent"
      role="alertdialog"
      aria-labelledby="register-consent-title"
      data-testid="register-consent"
    >
      <h3 id="register-consent-title">{t('register.consentTitle')}</h3>
      <p>{t('register.consentText')}</p>
      <p className="muted">{t('register.consentCache')}</p>
      <div className="register-buttons">
        <button type="button" className="button primary" onClick={onAccept}>
          {t('register.consentAccept')}
        </button>
        <button type="button" className="button" onClick={onDecline}>
          {t('register.consentDecline')}
        </button>
      </div>
    </div>
  );
}
