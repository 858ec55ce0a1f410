/**
 * The county map's settings: the measure (radio buttons, with a sentence on what it means), the
 * county scheme, and the threshold slider whose label says, in the measure's words, which links
 * are shown. All three live in the county-view store and the URL (state/county-view.ts); the
 * measure and scheme are the county matrix's too.
 */
import { COUNTY_SCHEME_IDS, isCountySchemeId, type CountySchemeId } from '../../domain/geo/schemes';
import { COUNTY_MEASURES, type CountyMeasure } from '../../domain/graph/county-measure';
import { setCountyView } from '../../state/county-view';
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
              onChange={() => setCountyView({ measure: m })}
            />
            {t(`countyMap.measure.${m}`)}
          </label>
        ))}
        <p className="county-map-about">{t(`countyMap.measure.${measure}.about`)}</p>
      </fieldset>
      <label className="county-map-scheme">
        {t('countyMap.scheme')}
        <select
          data-testid="county-map-scheme"
          value={scheme}
          onChange={(e) => {
            if (isCountySchemeId(e.target.value)) setCountyView({ scheme: e.target.value });
          }}
        >
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
          onChange={(e) => setCountyView({ countyMapMin: Number(e.target.value) })}
        />
      </label>
    </div>
  );
}
