/**
 * The header's anonymised switch (off by default): organisation names and numbers hidden in every
 * view, tooltip, export and link. When on, the smallest group listed by name (k, default 3) and
 * "hide cluster names" can be chosen beside it.
 */
import { useId } from 'react';
import { DEFAULT_MIN_GROUP } from '../../state/organisation-list-policy';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import './anonymise.css';

export function AnonymiseSwitch() {
  const t = useT();
  const id = useId();
  const on = useAppState((s) => s.anonymised);
  const k = useAppState((s) => s.minGroup ?? DEFAULT_MIN_GROUP);
  const hideClusters = useAppState((s) => s.hideClusterNames ?? false);
  return (
    <div className="anonymise" role="group" aria-label={t('anon.switch')}>
      <label className="anonymise-switch" title={t('anon.help')}>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={`${id}-help`}
          onChange={(e) => actions.setAnonymised(e.target.checked)}
          data-testid="anonymise-switch"
        />
        {t('anon.switch')}
      </label>
      <span id={`${id}-help`} className="visually-hidden">
        {t('anon.help')}
      </span>
      {on ? (
        <>
          <label className="anonymise-k" title={t('anon.minGroupHelp')}>
            {t('anon.minGroup')}
            <input
              type="number"
              min={1}
              max={1000}
              step={1}
              value={k}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= 1) actions.setMinGroup(n);
              }}
              data-testid="anonymise-k"
            />
          </label>
          <label className="anonymise-clusters">
            <input
              type="checkbox"
              checked={hideClusters}
              onChange={(e) => actions.setHideClusterNames(e.target.checked)}
            />
            {t('anon.hideClusters')}
          </label>
        </>
      ) : null}
    </div>
  );
}
