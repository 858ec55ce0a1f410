/** The duplicates view ("Duplikater"): possible duplicates to review, and the changes made. */
import { DataGate } from '../../features/import/DataGate';
import { ChangesPanel } from '../../features/review/ChangesPanel';
import { ReviewPanel } from '../../features/review/ReviewPanel';
import { NamesWithheld } from '../../features/anonymise/NamesWithheld';
import { useT } from '../../ui/i18n/I18nProvider';

export default function ReviewView() {
  const t = useT();
  return (
    <DataGate>
      <NamesWithheld title={t('nav.tab.duplikater')}>
        <div className="review-layout">
          <ReviewPanel />
          <ChangesPanel />
        </div>
      </NamesWithheld>
    </DataGate>
  );
}
