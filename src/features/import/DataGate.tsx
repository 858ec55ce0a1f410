/** Shows its children once there is data; before that, the loading or the empty-state message. */
import type { ReactNode } from 'react';
import { useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';

export function DataGate({ children }: { children: ReactNode }) {
  const t = useT();
  const hasData = useAppState((s) => (s.data?.dataset.memberships.length ?? 0) > 0);
  const loading = useAppState((s) => s.status === 'loading');
  if (hasData) return <>{children}</>;
  return (
    <div className="gate" role="status" aria-busy={loading}>
      <p>{loading ? t('app.loading') : t('app.empty')}</p>
    </div>
  );
}
