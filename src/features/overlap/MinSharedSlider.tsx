/** The map filter: show only links with at least n shared members. */
import { useId } from 'react';
import { actions, useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { maxShared } from './overlap-view';

export function MinSharedSlider() {
  const t = useT();
  const id = useId();
  const minShared = useAppState((s) => s.minShared);
  const max = useAppState((s) => Math.max(1, maxShared(s.data?.model)));
  return (
    <div className="slider">
      <label htmlFor={id}>{t('map.minShared', { n: formatInteger(minShared) })}</label>
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
