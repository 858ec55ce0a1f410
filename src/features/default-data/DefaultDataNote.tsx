/** The notice shown while the example data is on screen: what is real, what is invented. */
import { useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { INFERRED_CLUSTERS } from '../shared/inferred';

export function DefaultDataNote() {
  const t = useT();
  const isDefault = useAppState((s) => s.data?.source === 'default');
  if (!isDefault) return null;
  return (
    <aside className="note" data-testid="default-data-note">
      <strong>{t('defaultData.note')}</strong>
      <span> {t('defaultData.inferred', { names: INFERRED_CLUSTERS.join(', ') })}</span>
    </aside>
  );
}
