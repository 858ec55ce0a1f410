/** The map filter: show only links with at least n shared members. */
import { useId } from 'react';
import { maxOf } from '../../domain/numbers/extent';
import { actions, useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';

export function MinSharedSlider() {
  const t = useT();
  const id = useId();
  const minShared = useAppState((s) => s.minShared);
  const maxShared = useAppState((s) =>
    maxOf(
      (s.data?.analysis.overlaps ?? []).map((o) => o.shared),
      1,
    ),
  );
  return (
    <div className="slider">
      <label htmlFor={id}>{t('map.minShared', { n: formatInteger(minShared) })}</label>
      <input
        id={id}
        type="range"
        min={1}
        max={maxShared}
        step={1}
        value={Math.min(minShared, maxShared)}
        onChange={(e) => actions.setMinShared(Number(e.target.value))}
      />
    </div>
  );
}
