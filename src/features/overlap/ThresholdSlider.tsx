/**
 * The threshold on the chosen measure: links under it are hidden (the nodes stay put). Whole
 * shared members from 1 for 'shared'; a ratio from 0 to the largest value for the others.
 */
import { useId } from 'react';
import { settingsOf } from '../../state/map-settings';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { maxOf } from '../../ui/graph/scale';
import { maxShared } from './overlap-view';
import { ratioDigits, thresholdLabel } from './threshold-label';

export function ThresholdSlider() {
  const t = useT();
  const formats = useNumberFormats();
  const id = useId();
  const { measure, minRatio } = useAppState((s) => settingsOf(s));
  const minShared = useAppState((s) => s.minShared);
  const model = useAppState((s) => s.data?.model);
  if (measure === 'shared') {
    const max = Math.max(1, maxShared(model));
    return (
      <div className="slider">
        <label htmlFor={id} data-testid="threshold-label">
          {thresholdLabel(t, formats, 'shared', minShared)}
        </label>
        <input
          id={id}
          type="range"
          min={1}
          max={max}
          step={1}
          value={Math.min(minShared, max)}
          onChange={(e) => actions.setMinShared(Number(e.target.value))}
        />
      </div>
    );
  }
  const digits = ratioDigits(measure);
  const step = 10 ** -digits;
  const top = maxOf(model?.overlaps ?? [], (o) => o[measure], 0);
  const max = Math.max(step, Math.ceil(top / step) * step);
  return (
    <div className="slider">
      <label htmlFor={id} data-testid="threshold-label">
        {thresholdLabel(t, formats, measure, minRatio)}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={max}
        step={step}
        value={Math.min(minRatio, max)}
        onChange={(e) => actions.setMapSettings({ minRatio: Number(e.target.value) })}
      />
    </div>
  );
}
