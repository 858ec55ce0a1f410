/** The duplicates view ("Duplikater"): possible duplicates to review, and the changes made. */
import { DataGate } from '../../features/import/DataGate';
import { reviewCount } from '../../features/navigation/tab-counts';
import type { ViewDescriptor } from '../../features/shared/view-types';
import { ChangesPanel } from '../../features/review/ChangesPanel';
import { ReviewPanel } from '../../features/review/ReviewPanel';
import { NamesWithheld } from '../../features/anonymise/NamesWithheld';
import { useT } from '../../ui/i18n/I18nProvider';

function ReviewView() {
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

export const reviewView: ViewDescriptor = {
  id: 'duplikater',
  labelKey: 'nav.tab.duplikater',
  component: ReviewView,
  badge: {
    kind: 'todo',
    one: 'nav.badge.duplikater.one',
    other: 'nav.badge.duplikater.other',
    count: (s) => (s.data ? reviewCount(s.data) : null),
  },
  exports: [],
};
