/** Norsk / English: two toggle buttons; the choice lives in the app store. */
import { actions, useAppState } from '../../state/store';
import type { Language } from '../../ui/i18n/language';
import { useT } from '../../ui/i18n/I18nProvider';

const LANGUAGES: readonly { readonly code: Language; readonly name: string }[] = [
  { code: 'nb', name: 'Norsk' },
  { code: 'en', name: 'English' },
];

export function LanguageSwitch() {
  const t = useT();
  const language = useAppState((s) => s.language);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map(({ code, name }) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="button toggle"
          aria-pressed={language === code}
          onClick={() => actions.setLanguage(code)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
