/**
 * The county map's settings: the measure (radio buttons, with a sentence on what it means), the
 * county scheme, and the threshold slider whose label says, in the measure's words, which links
 * are shown. All three live in the store and the URL (state/county-view.ts).
 */
import { COUNTY_SCHEME_IDS, type CountySchemeId } from '../../domain/geo/schemes';
import { COUNTY_MEASURES, type CountyMeasure } from '../../domain/graph/county-measure';
import { actions } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { MEASURE_DIGITS, thresholdWords } from './numbers';

export interface CountyMapControlsProps {
  readonly measure: CountyMeasure;
  readonly scheme: CountySchemeId;
  readonly min: number;
  /** The strongest link shown without a threshold: the slider's end. */
  readonly max: number;
}

export function CountyMapControls({ measure, scheme, min, max }: CountyMapControlsProps) {
  const t = useT();
  const lang = useLang();
  const step = 10 ** -MEASURE_DIGITS[measure];
  const top = Math.max(step, Math.floor(max / step) * step);
  const value = Math.min(min, top);
  return (
    <div className="county-map-controls">
      <fieldset className="county-map-measure">
        <legend>{t('countyMap.measure')}</legend>
        {COUNTY_MEASURES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="county-map-measure"
              value={m}
              checked={m === measure}
              onChange={() => actions.setMeasure(m)}
            />
            {t(`countyMap.measure.${m}`)}
          </label>
        ))}
        <p className="county-map-about">{t(`countyMap.measure.${measure}.about`)}</p>
      </fieldset>
      <label className="county-map-scheme">
        {t('countyMap.scheme')}
        <select value={scheme} onChange={(e) => actions.setScheme(e.target.value)}>
          {COUNTY_SCHEME_IDS.map((s) => (
            <option key={s} value={s}>
              {t(`countyMap.scheme.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="county-map-threshold">
        <span>{thresholdWords(t, lang, measure, value)}</span>
        <input
          type="range"
          min={0}
          max={top}
          step={step}
          value={value}
          aria-valuetext={thresholdWords(t, lang, measure, value)}
          onChange={(e) => actions.setCountyMapMin(Number(e.target.value))}
        />
      </label>
    </div>
  );
}
