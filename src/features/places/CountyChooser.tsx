/**
 * Where to place the selected organisations: the counties they may be in first (for ambiguous
 * ones, e.g. the three that were Viken), then the other 2024 counties, then abroad; and the
 * button that places them.
 */
import { useId } from 'react';
import { countyName } from '../../domain/geo/counties';
import type { CountyNumber } from '../../domain/geo/types';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { chooserOptions, type PlaceChoice } from './unplaced';

export function CountyChooser(props: {
  suggested: readonly CountyNumber[];
  value: PlaceChoice | '';
  selectedCount: number;
  busy: boolean;
  onChange: (value: PlaceChoice | '') => void;
  onPlace: () => void;
}) {
  const t = useT();
  const id = useId();
  const { suggested, others } = chooserOptions(props.suggested);
  const n = formatInteger(props.selectedCount);
  const option = (c: CountyNumber) => (
    <option key={c} value={c}>
      {countyName(c)}
    </option>
  );
  return (
    <div className="county-chooser" data-testid="county-chooser">
      <span className="muted">{t('places.selected', { n })}</span>
      <label htmlFor={id}>{t('places.chooser')}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as PlaceChoice | '')}
      >
        <option value="">{t('places.choose')}</option>
        {suggested.length > 0 ? (
          <optgroup label={t('places.suggested')}>{suggested.map(option)}</optgroup>
        ) : null}
        <optgroup label={t('places.allCounties')}>{others.map(option)}</optgroup>
        <option value="abroad">{t('places.abroad')}</option>
      </select>
      <button
        type="button"
        className="button primary"
        disabled={props.busy || props.value === '' || props.selectedCount === 0}
        onClick={props.onPlace}
      >
        {t(props.selectedCount === 1 ? 'places.place.one' : 'places.place.other', { n })}
      </button>
    </div>
  );
}
