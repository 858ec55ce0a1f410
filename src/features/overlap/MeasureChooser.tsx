/**
 * The overlap measure: shared members, Jaccard, overlap coefficient or lift, as a radio group,
 * each with its one-sentence explanation (from the domain's descriptors, in the UI language).
 */
import { useId } from 'react';
import { OVERLAP_MEASURES } from '../../domain/graph/overlap-measures';
import { actions, useAppState } from '../../state/store';
import { settingsOf } from '../../state/map-settings';
import { useLang, useT } from '../../ui/i18n/I18nProvider';

export function MeasureChooser() {
  const t = useT();
  const lang = useLang();
  const name = useId();
  const measure = useAppState((s) => settingsOf(s).measure);
  return (
    <fieldset className="map-measure" data-testid="measure-chooser">
      <legend>{t('overlap.measure')}</legend>
      {OVERLAP_MEASURES.map((m) => {
        const id = `${name}-${m.id}`;
        return (
          <div key={m.id} className="map-measure-option">
            <input
              type="radio"
              id={id}
              name={name}
              value={m.id}
              checked={measure === m.id}
              aria-describedby={`${id}-why`}
              onChange={() => actions.setMapSettings({ measure: m.id })}
            />
            <label htmlFor={id}>{m.label[lang]}</label>
            <p id={`${id}-why`} className="map-measure-why">
              {m.explanation[lang]}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
