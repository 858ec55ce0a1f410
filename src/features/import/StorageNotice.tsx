/** Says so when the browser refuses to store the workspace; the app goes on in memory. */
import { useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';

export function StorageNotice() {
  const t = useT();
  const storage = useAppState((s) => s.storage);
  if (storage.kind !== 'failed') return null;
  return (
    <div className="notice warning" role="status" data-testid="storage-notice">
      <p>{t('storage.failed', { message: storage.message })}</p>
    </div>
  );
}
