/** The placement view ("Plassering"): organisations without a county, and the register lookup. */
import { DataGate } from '../../features/import/DataGate';
import { RegisterPanel } from '../../features/register/RegisterPanel';
import { PlacesPanel } from '../../features/places/PlacesPanel';
import { NamesWithheld } from '../../features/anonymise/NamesWithheld';
import { useT } from '../../ui/i18n/I18nProvider';

export default function PlacesView() {
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
