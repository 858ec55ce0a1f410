/** The duplicates view ("Duplikater"): possible duplicates to review, and the changes made. */
import { DataGate } from '../import/DataGate';
import { reviewCount } from '../navigation/tab-counts';
import type { ViewDescriptor } from '../navigation/view-types';
import { ChangesPanel } from './ChangesPanel';
import { ReviewPanel } from './ReviewPanel';

function ReviewView() {
  return (
    <DataGate>
      <div className="review-layout">
        <ReviewPanel />
        <ChangesPanel />
      </div>
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
