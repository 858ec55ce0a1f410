/**
 * The optional Enhetsregisteret lookup, off by default. Turning it on first shows what leaves
 * the browser (the organisation numbers, to data.brreg.no) and needs a confirmation, once per
 * page session; only then can the user start a lookup. Nothing is sent before that. Given the
 * organisations and a way to apply entries, so it does not depend on the store.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RegisterEntry } from '../../domain/membership/register';
import type { Organisation } from '../../domain/membership/types';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { setRegisterConsent, useRegisterConsent } from './consent';
import { ConsentNotice } from './ConsentNotice';
import { LookupControls } from './LookupControls';
import { lookupTargets, placedBy, resultRows } from './lookup-view';
import { RegisterResults } from './RegisterResults';
import { useRegisterLookup } from './use-register-lookup';
import './register.css';

export function RegisterPanelView(props: {
  organisations: readonly Organisation[];
  apply: (entries: readonly RegisterEntry[]) => Promise<void>;
}) {
  const t = useT();
  const { organisations, apply } = props;
  const consent = useRegisterConsent();
  const [asking, setAsking] = useState(false);
  const targets = useMemo(() => lookupTargets(organisations), [organisations]);
  const rows = useMemo(() => resultRows(organisations), [organisations]);
  const countPlaced = useCallback(
    (entries: readonly RegisterEntry[]) => placedBy(organisations, entries),
    [organisations],
  );
  const { run, start, cancel, reset } = useRegisterLookup(apply, countPlaced);

  const toggle = (checked: boolean) => {
    if (checked) {
      setAsking(true);
    } else {
      setAsking(false);
      setRegisterConsent(false);
      reset();
    }
  };

  return (
    <Panel title={t('register.title')} className="register-panel">
      <div data-testid="register-panel">
        <p className="muted">{t('register.intro')}</p>
        <label className="register-toggle">
          <input
            type="checkbox"
            role="switch"
            checked={consent || asking}
            onChange={(e) => toggle(e.target.checked)}
            data-testid="register-toggle"
          />
          {t('register.toggle')}
        </label>
        {!consent && !asking ? <p className="muted">{t('register.off')}</p> : null}
        {asking && !consent ? (
          <ConsentNotice
            onAccept={() => {
              setRegisterConsent(true);
              setAsking(false);
            }}
            onDecline={() => setAsking(false)}
          />
        ) : null}
        {consent ? (
          <>
            <p className="muted">{t('register.on')}</p>
            <LookupControls
              targets={targets}
              run={run}
              onStart={() => void start(targets.numbers)}
              onCancel={cancel}
            />
          </>
        ) : null}
        {rows.length > 0 ? <RegisterResults rows={rows} /> : null}
      </div>
    </Panel>
  );
}
