/**
 * The busy message of a load in progress: what it does, the step it is at (file n of m, or
 * building the analysis), the seconds the step has taken, and a Cancel button that ends it
 * (the worker is stopped; what was shown before stays).
 */
import { useEffect, useState } from 'react';
import { actions, useAppState } from '../../state/store';
import { count } from '../../ui/i18n/count';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';

export function BusyNotice({ label }: { label: string }) {
  const t = useT();
  const progress = useAppState((s) => (s.progress?.loadId === s.loadId ? s.progress : null));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = progress ? Math.max(0, Math.floor((now - progress.since) / 1000)) : 0;
  const stepText = !progress
    ? null
    : progress.step === 'build'
      ? t('load.step.build')
      : t('load.step.read', {
          files: `${formatInteger(progress.done)} / ${count(t, 'files', progress.total)}`,
        });
  return (
    <div className="notice busy" role="status" data-testid="busy-notice">
      <p>
        {label}
        {stepText ? ` ${stepText}` : ''}
        {seconds >= 2 ? ` (${t('load.elapsed', { seconds: formatInteger(seconds) })})` : ''}
      </p>
      <button type="button" className="button subtle" onClick={actions.cancelLoad}>
        {t('load.cancel')}
      </button>
    </div>
  );
}
