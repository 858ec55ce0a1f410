/** The placement view ("Plassering"): organisations without a county, and the register lookup. */
import { DataGate } from '../../features/import/DataGate';
import { unplacedCount } from '../../features/navigation/tab-counts';
import type { ViewDescriptor } from '../../features/shared/view-types';
import { RegisterPanel } from '../../features/register/RegisterPanel';
import { PlacesPanel } from '../../features/places/PlacesPanel';
import { NamesWithheld } from '../../features/anonymise/NamesWithheld';
import { useT } from '../../ui/i18n/I18nProvider';

function PlacesView() {
  const t = useT();
  return (
    <DataGate>
      <NamesWithheld title={t('nav.tab.plassering')}>
        <div className="stack-layout">
          <PlacesPanel />
          <RegisterPanel />
        </div>
      </NamesWithheld>
    </DataGate>
  );
}

export const placesView: ViewDescriptor = {
  id: 'plassering',
  labelKey: 'nav.tab.plassering',
  component: PlacesView,
  badge: {
    kind: 'todo',
    one: 'nav.badge.plassering.one',
    other: 'nav.badge.plassering.other',
    count: (s) => (s.data ? unplacedCount(s.data) : null),
  },
  exports: [],
};
