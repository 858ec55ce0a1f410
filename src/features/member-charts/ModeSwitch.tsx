/** Counts or shares: a two-button toggle (radio semantics). */
import type { ChartMode } from '../../state/county-view';
import { useT } from '../../ui/i18n/I18nProvider';

export function ModeSwitch({
  mode,
  onChange,
  name,
}: {
  mode: ChartMode;
  onChange: (mode: ChartMode) => void;
  name: string;
}) {
  const t = useT();
  return (
    <fieldset className="chart-mode">
      <legend>{t('charts.show')}</legend>
      {(['count', 'share'] as const).map((m) => (
        <label key={m}>
          <input
            type="radio"
            name={name}
            value={m}
            checked={mode === m}
            onChange={() => onChange(m)}
          />
          {t(`charts.${m}`)}
        </label>
      ))}
    </fieldset>
  );
}
