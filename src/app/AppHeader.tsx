/** The page header: title, subtitle and the global actions (load files, language). */
import type { ReactNode } from 'react';
import { useT } from '../ui/i18n/I18nProvider';

export function AppHeader({ actions }: { actions: readonly ReactNode[] }) {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <div className="app-actions">{actions}</div>
    </header>
  );
}
